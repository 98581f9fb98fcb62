package org.opencpms.adapters.persistence.chat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * One connection that {@code LISTEN}s on a channel, outside any transaction, and hands over what arrives. It waits
 * for notifications {@value #WAIT_MILLIS} ms at a time, so that an interrupted thread stops within that, and checks
 * the connection with a query after {@link #QUIET} without a notification, so that a connection lost without a word
 * (a network cut) is found out. Closing it stops listening before the connection goes back to its pool.
 */
final class SignalConnection implements AutoCloseable {

    static final int WAIT_MILLIS = 500;
    static final Duration QUIET = Duration.ofSeconds(10);

    private final Connection connection;
    private final PGConnection notifications;

    private SignalConnection(Connection connection, PGConnection notifications) {
        this.connection = connection;
        this.notifications = notifications;
    }

    /** A new connection of the datasource, listening on the channel (a name we chose, never a caller's text). */
    static SignalConnection listen(DataSource dataSource, String channel) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            run(connection, "LISTEN " + channel);
            return new SignalConnection(connection, connection.unwrap(PGConnection.class));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Calls {@code signalled} once for each batch of notifications that arrives, until the thread is interrupted.
     *
     * @throws SQLException when the connection fails
     */
    void relay(Runnable signalled) throws SQLException {
        long quietSince = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            var arrived = notifications.getNotifications(WAIT_MILLIS);
            if (arrived != null && arrived.length > 0) {
                signalled.run();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                run(connection, "SELECT 1");
                quietSince = System.nanoTime();
            }
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            run(connection, "UNLISTEN *");
        } catch (SQLException e) {
            // the connection is broken: nothing listens on it any more
        } finally {
            connection.close();
        }
    }
}
