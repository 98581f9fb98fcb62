package org.opencpms.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.application.chat.ChatSignals;
import org.opencpms.domain.shared.PanelId;

/**
 * The chat signals on a real PostgreSQL 17: a NOTIFY reaches the listening connection when its transaction commits,
 * never when it rolls back, and a listener whose connection is killed listens again by itself.
 */
@Timeout(60)
class PostgresChatSignalsTest {

    private static final long SECONDS = 10;
    private static JpaTestDatabase database;
    private static PostgresChatSignals signals;

    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private Thread listener;

    @BeforeAll
    static void database() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
        signals = new PostgresChatSignals(database.entityManager(), database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @AfterEach
    void stopListening() throws InterruptedException {
        if (listener != null) {
            listener.interrupt();
            listener.join(TimeUnit.SECONDS.toMillis(SECONDS));
        }
    }

    @Test
    void a_notify_from_a_committed_transaction_wakes_the_listener() throws InterruptedException {
        startListening();

        database.inTransaction(() -> signals.announce(PanelId.random()));

        assertThat(heard.poll(SECONDS, TimeUnit.SECONDS)).isEqualTo("signalled");
    }

    @Test
    void a_notify_from_a_rolled_back_transaction_wakes_nobody() throws InterruptedException {
        startListening();

        assertThatThrownBy(() -> database.inTransaction(() -> {
            signals.announce(PanelId.random());
            throw new IllegalStateException("the posting failed after the announcement");
        })).hasMessageContaining("posting failed");

        assertThat(heard.poll(1500, TimeUnit.MILLISECONDS)).as("nothing heard for the rollback").isNull();
        database.inTransaction(() -> signals.announce(PanelId.random()));
        assertThat(heard.poll(SECONDS, TimeUnit.SECONDS)).as("the listener still listens").isEqualTo("signalled");
        assertThat(heard).isEmpty();
    }

    @Test
    void a_listener_whose_connection_is_killed_listens_again_and_hears_the_next_announcement() throws Exception {
        startListening();

        killTheListeningConnection();

        assertThat(heard.poll(SECONDS, TimeUnit.SECONDS)).isEqualTo("listening");
        database.inTransaction(() -> signals.announce(PanelId.random()));
        assertThat(heard.poll(SECONDS, TimeUnit.SECONDS)).isEqualTo("signalled");
    }

    @Test
    void the_listener_ends_when_its_thread_is_interrupted_and_leaves_no_listening_connection() throws Exception {
        startListening();
        assertThat(listeningConnections()).isOne();

        listener.interrupt();
        listener.join(TimeUnit.SECONDS.toMillis(SECONDS));

        assertThat(listener.isAlive()).isFalse();
        assertThat(listeningConnections()).isZero();
    }

    @Test
    void postgresql_carries_signals() {
        assertThat(signals.available()).isTrue();
    }

    @Test
    void on_h2_nothing_is_announced_and_nobody_listens() throws InterruptedException {
        try (var h2 = JpaTestDatabase.create(JpaTestDatabase.Engine.H2)) {
            var onH2 = new PostgresChatSignals(h2.entityManager(), h2.dataSource());

            h2.inTransaction(() -> onH2.announce(PanelId.random()));
            onH2.listen(new Recorder());

            assertThat(onH2.available()).isFalse();
            assertThat(heard).isEmpty();
        }
    }

    private void startListening() throws InterruptedException {
        listener = new Thread(() -> {
            try {
                signals.listen(new Recorder());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "chat-signals-test");
        listener.start();
        assertThat(heard.poll(SECONDS, TimeUnit.SECONDS)).isEqualTo("listening");
    }

    private void killTheListeningConnection() throws SQLException {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND query = 'LISTEN " + PostgresChatSignals.CHANNEL + "'");
        }
    }

    private long listeningConnections() throws SQLException {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND query = 'LISTEN " + PostgresChatSignals.CHANNEL + "' AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Records what the listener is told, in order. */
    private final class Recorder implements ChatSignals.Listener {

        @Override
        public void listening() {
            heard.add("listening");
        }

        @Override
        public void signalled() {
            heard.add("signalled");
        }
    }
}
