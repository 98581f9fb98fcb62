package org.opencpms.adapters.persistence.container;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.opencpms.adapters.persistence.Migrations;
import org.opencpms.application.training.LoadTrainingData;

/**
 * The start-up sequence of a deployment, before the first request is served: bring the schema up to date with
 * Flyway on whichever database the datasource {@value #DATASOURCE} points at (H2 file by default, PostgreSQL
 * in production; a failed migration fails the deployment), load the synthetic training data set in training
 * mode ({@code opencpms.training=true}; idempotent), then start the outbox relay (every second). Readiness
 * reports ready only after the migration ran.
 */
@ApplicationScoped
public class SchemaOnDeployment {

    public static final String DATASOURCE = "java:jboss/datasources/OpenCpmsDS";
    static final String SCHEDULER = "java:jboss/ee/concurrency/scheduler/default";
    private static final Logger LOG = Logger.getLogger(SchemaOnDeployment.class.getName());
    private static final AtomicBoolean MIGRATED = new AtomicBoolean();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ScheduledFuture<?> relaying;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, LoadTrainingData training,
                 OutboxRelay relay) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        int applied = Migrations.migrate(dataSource());
        MIGRATED.set(true);
        LOG.info(() -> "OpenCPMS schema up to date (" + applied + " migrations applied now)");
        if (Settings.trainingMode()) {
            var data = training.handle();
            LOG.info(() -> "OpenCPMS TRAINING MODE: synthetic data set " + (data.loadedNow() ? "loaded" : "already there")
                    + " (" + data.networks() + " ERNs, " + data.centres() + " centres, " + data.accounts().size()
                    + " accounts, " + data.patients() + " patients, " + data.panels() + " panels). Tokens: "
                    + "POST /api/training/tokens {\"username\":\"hp.berlin\"}; accounts: GET /api/training/accounts");
        }
        relaying = scheduler().scheduleWithFixedDelay(() -> relayQuietly(relay), 1, 1, TimeUnit.SECONDS);
    }

    private static void relayQuietly(OutboxRelay relay) {
        try {
            OutboxRelay.drain(relay);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay tick failed: " + e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        if (relaying != null) {
            relaying.cancel(false);
        }
    }

    /** Whether the schema has been brought up to date in this deployment. */
    public static boolean migrated() {
        return MIGRATED.get();
    }

    static DataSource dataSource() {
        return lookup(DATASOURCE, DataSource.class);
    }

    private static ManagedScheduledExecutorService scheduler() {
        return lookup(SCHEDULER, ManagedScheduledExecutorService.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException(name + " is not configured in the server", e);
        }
    }
}
