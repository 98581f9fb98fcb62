package org.opencpms.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencpms.adapters.persistence.audit.AuditChains;
import org.opencpms.adapters.persistence.audit.FileCheckpointLog;
import org.opencpms.application.audit.WatchAuditChain;
import org.opencpms.domain.audit.CheckpointLog;

/**
 * The audit side of the composition root: the number of {@link AuditChains} the trail appends to, the
 * {@link CheckpointLog} outside the database and the scheduled {@link WatchAuditChain}, started by {@link StartUp} and
 * stopped with the deployment.
 *
 * <p>Settings: {@value Configuration#AUDIT_CHAINS} (1 to 64 chains, default 8; see {@link Configuration#auditChains()}),
 * {@value #CHECKPOINT_FILE} (default {@code <server data dir>/opencpms-audit/checkpoints.jsonl}; ship
 * it elsewhere), {@value #CHECKPOINT_KEY} (the Ed25519 signing key in PEM, created there on first use with its
 * public key in {@code <file>.pub}; default {@code <server data dir>/opencpms-audit/checkpoint-key.pem}), and
 * {@value #WATCH_EVERY} (ISO-8601 duration between checks, default {@code PT1H}; the first runs a minute after
 * start). A breach is logged at SEVERE on every check (category {@code org.opencpms.bootstrap.AuditWatching},
 * sequence numbers only) and shows in the metric {@code opencpms_audit_chain_intact}.
 */
@ApplicationScoped
public class AuditWatching {

    static final String CHECKPOINT_FILE = "opencpms.audit.checkpoint-file";
    static final String CHECKPOINT_KEY = "opencpms.audit.checkpoint-key";
    static final String WATCH_EVERY = "opencpms.audit.watch-every";

    private static final Logger LOG = Logger.getLogger(AuditWatching.class.getName());

    private final WatchAuditChain watch;
    private final Configuration configuration;
    private PeriodicTask watching;

    /** For the container's proxy. */
    protected AuditWatching() {
        this.watch = null;
        this.configuration = null;
    }

    @Inject
    public AuditWatching(WatchAuditChain watch, Configuration configuration) {
        this.watch = watch;
        this.configuration = configuration;
    }

    @Produces
    @Singleton
    static AuditChains auditChains(Configuration configuration) {
        return configuration.auditChains();
    }

    @Produces
    @Singleton
    static CheckpointLog checkpointLog(Configuration configuration) {
        Path home = Path.of(System.getProperty("jboss.server.data.dir", "data"), "opencpms-audit");
        return FileCheckpointLog.at(
                configuration.value(CHECKPOINT_FILE).map(Path::of).orElse(home.resolve("checkpoints.jsonl")),
                configuration.value(CHECKPOINT_KEY).map(Path::of).orElse(home.resolve("checkpoint-key.pem")));
    }

    synchronized void start() {
        if (watching != null) {
            return;
        }
        Duration every = watchInterval();
        watching = PeriodicTask.start(ServerResources.scheduler(), "audit chain watch", this::checkQuietly,
                Duration.ofMillis(Math.min(60_000, every.toMillis())), every);
    }

    private Duration watchInterval() {
        var value = configuration.value(WATCH_EVERY).orElse("PT1H");
        try {
            var every = Duration.parse(value);
            if (!every.isNegative() && !every.isZero()) {
                return every;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalStateException(WATCH_EVERY + " must be a positive ISO-8601 duration such as PT1H, not " + value);
    }

    private void checkQuietly() {
        try {
            var verification = watch.handle();
            verification.firstBreach().ifPresentOrElse(
                    breach -> LOG.severe(() -> "AUDIT TRAIL TAMPERED: " + breach.tampering() + " at record "
                            + breach.sequence() + " of chain " + breach.chain() + ": " + breach.reason()),
                    () -> LOG.fine(() -> "audit trail intact up to its " + verification.upTo().records() + " records"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit chain check failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (watching != null) {
            watching.stop();
            watching = null;
        }
    }

}
