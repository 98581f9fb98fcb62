package org.opencpms.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL 17 (embedded, no Docker) before any test class when the failsafe execution asks for
 * it ({@code opencpms.e2e.postgresql.port}), so that the WildFly Arquillian starts afterwards finds its
 * database there; stops it when the test session ends.
 */
public final class EmbeddedPostgresForE2e implements LauncherSessionListener {

    /** Far above the library's 10 s: on a loaded 2-core machine PostgreSQL once took longer to accept connections. */
    static final Duration PG_STARTUP_WAIT = Duration.ofSeconds(90);

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var port = System.getProperty("opencpms.e2e.postgresql.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(port))
                    .setPGStartupWait(PG_STARTUP_WAIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for the end-to-end tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
