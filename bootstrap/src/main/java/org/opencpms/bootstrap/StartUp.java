package org.opencpms.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencpms.adapters.persistence.Migrations;
import org.opencpms.application.notification.RemindOfMeetings;
import org.opencpms.application.notification.SendDueMail;

/**
 * The start-up sequence of a deployment, before the first request is served, in this order:
 * <ol>
 *   <li>bring the schema up to date: hand the datasource to the persistence adapter's {@link Migrations} (Flyway,
 *       which serialises concurrent migrations itself; a failed migration fails the deployment);</li>
 *   <li>in training mode ({@code opencpms.training=true}), load the synthetic training data set under the
 *       cluster-wide start-up lock ({@link TrainingDataAtStartUp}): of several nodes starting at once on one
 *       database, one loads it and the others wait, then find it already there;</li>
 *   <li>start the schedulers: the {@link OutboxRelay}, every second, and the mail workers ({@link SendDueMail}, wired
 *       by {@link Mailing}; {@value Mailing#SENDERS} per node, each claiming its own batches), every two seconds, and
 *       the meeting reminders ({@link RemindOfMeetings}), every 30 seconds —
 *       on every node: the outbox rows, the mails and the reminders are each claimed by one node at a time; the chat
 *       poller ({@link ChatPushing}), a thread of its own, and on PostgreSQL its listener for the other nodes' messages
 *       ({@link ChatSignalListening}); the watch over the audit chain ({@link AuditWatching});</li>
 *   <li>start the listeners: the DICOM C-STORE listener ({@link DicomListening}), when it is configured;</li>
 *   <li>report ready ({@link StartUpReadiness}).</li>
 * </ol>
 * The listeners and workers of the adapters to come (the FHIR server) start here too, after the schema and before
 * readiness.
 */
@ApplicationScoped
public class StartUp {

    private static final Logger LOG = Logger.getLogger(StartUp.class.getName());
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean FINISHED = new AtomicBoolean();

    private final List<PeriodicTask> workers = new ArrayList<>();

    /** Runs once per deployment (the event comes once for each module of the EAR). */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, Configuration configuration,
                 TrainingDataAtStartUp trainingData, OutboxRelay relay, SendDueMail mail, RemindOfMeetings reminders,
                 DicomListening dicom, ChatPushing chat, ChatSignalListening chatSignals,
                 AuditWatching audit) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        int applied = Migrations.migrate(ServerResources.dataSource());
        LOG.info(() -> "OpenCPMS schema up to date (" + applied + " migrations applied now)");
        if (configuration.trainingMode()) {
            var data = trainingData.load();
            LOG.info(() -> "OpenCPMS TRAINING MODE: synthetic data set " + (data.loadedNow() ? "loaded" : "already there")
                    + " (" + data.networks() + " ERNs, " + data.centres() + " centres, " + data.accounts().size()
                    + " accounts, " + data.patients() + " patients, " + data.panels() + " panels). Tokens: "
                    + "POST /api/training/tokens {\"username\":\"hp.berlin\"}; accounts: GET /api/training/accounts");
        }
        var scheduler = ServerResources.scheduler();
        workers.add(PeriodicTask.start(scheduler, "outbox relay", () -> relayQuietly(relay), SECOND, SECOND));
        for (int sender = 1; sender <= Mailing.SENDERS; sender++) {
            workers.add(PeriodicTask.start(scheduler, "mail worker " + sender, () -> Mailing.sendQuietly(mail),
                    SECOND.multipliedBy(2), SECOND.multipliedBy(2)));
        }
        workers.add(PeriodicTask.start(scheduler, "meeting reminders", () -> Mailing.remindQuietly(reminders),
                SECOND.multipliedBy(30), SECOND.multipliedBy(30)));
        chat.start(configuration.chatPollInterval());
        chatSignals.start();
        audit.start();
        dicom.start();
        FINISHED.set(true);
    }

    private static void relayQuietly(OutboxRelay relay) {
        try {
            OutboxRelay.drain(relay);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay tick failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Stops the workers, waiting for a tick in flight, before the persistence unit goes ({@link PeriodicTask}), and
     * drops the JDK's cached resource bundles of the EAR's libraries (EclipseLink's messages): softly held, they kept
     * an undeployed EAR's class loader until the heap ran short.
     */
    @PreDestroy
    void stop() {
        workers.forEach(PeriodicTask::stop);
        workers.clear();
        ResourceBundle.clearCache(StartUp.class.getClassLoader());
    }

    /** Whether the start-up sequence has run to its end in this deployment. */
    static boolean finished() {
        return FINISHED.get();
    }
}
