package org.opencpms.adapters.persistence.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencpms.application.chat.ChatSignals;
import org.opencpms.domain.shared.PanelId;

/**
 * The chat signals as PostgreSQL's {@code LISTEN/NOTIFY} on channel {@value #CHANNEL}: an announcement is a
 * {@code NOTIFY} run by the transaction's own entity manager, which PostgreSQL delivers when that transaction commits
 * and drops when it rolls back; each listening node holds one connection of the datasource that {@code LISTEN}s
 * ({@link SignalConnection}). A connection that fails (the database restarting, the connection killed) is opened
 * again after {@link #FIRST_PAUSE}, doubled after each failure up to {@link #LONGEST_PAUSE}. On another engine (H2)
 * nothing is announced and nobody listens.
 */
@ApplicationScoped
public class PostgresChatSignals implements ChatSignals {

    static final String CHANNEL = "opencpms_chat";
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(PostgresChatSignals.class.getName());

    private final EntityManager em;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    @Inject
    public PostgresChatSignals(EntityManager em, DataSource dataSource) {
        this.em = Objects.requireNonNull(em, "em");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void announce(PanelId panel) {
        if (available()) {
            // a UUID's text is hex digits and dashes: safe inside the literal (NOTIFY takes no bind parameter)
            em.createNativeQuery("NOTIFY " + CHANNEL + ", '" + panel.value() + "'").executeUpdate();
        }
    }

    @Override
    public boolean available() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database engine: " + e.getMessage(), e);
            }
        }
        return postgres;
    }

    @Override
    public void listen(Listener listener) throws InterruptedException {
        if (!available()) {
            return;
        }
        var pause = FIRST_PAUSE;
        while (!Thread.currentThread().isInterrupted()) {
            try (var connection = SignalConnection.listen(dataSource, CHANNEL)) {
                listener.listening();
                pause = FIRST_PAUSE;
                connection.relay(listener::signalled);
                return;
            } catch (SQLException e) {
                var next = pause;
                LOG.log(Level.WARNING, () -> "chat signals: the listening connection failed (" + e.getMessage()
                        + "); listening again in " + next.toMillis() + " ms, polling meanwhile");
            }
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
