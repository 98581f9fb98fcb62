package org.opencpms.e2e.crash;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.opencpms.e2e.process.ServerSettings;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a crash test runs on, and how the test reads it after the server stopped: the server's embedded H2
 * file (read with the H2 of the WildFly that wrote it), or a PostgreSQL database of its own in the embedded
 * PostgreSQL of the failsafe execution.
 */
abstract class CrashDatabase {

    /** PostgreSQL when the failsafe execution started one ({@code opencpms.e2e.postgresql.port}), else H2. */
    static CrashDatabase ofThisRun() {
        var port = System.getProperty("opencpms.e2e.postgresql.port");
        return port == null ? new H2() : new Postgresql(Integer.parseInt(port));
    }

    abstract String name();

    /** The server settings on this database (an empty database). */
    abstract ServerSettings configure(ServerSettings settings);

    /** The database, to read once the server stopped. */
    abstract DataSource dataSource(ServerSettings settings);

    /** The EclipseLink platform of the engine. */
    abstract String platform();

    /** What the database takes on disk, where the test can see it (the H2 file). */
    String storage(ServerSettings settings) {
        return "";
    }

    private static final class H2 extends CrashDatabase {

        @Override
        String name() {
            return "H2";
        }

        @Override
        ServerSettings configure(ServerSettings settings) {
            return settings;
        }

        @Override
        DataSource dataSource(ServerSettings settings) {
            var modules = Path.of(System.getProperty("jboss.home"), "modules/system/layers/base/com/h2database/h2/main");
            try (Stream<Path> jars = Files.list(modules)) {
                var jar = jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
                var loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
                var h2 = loader.loadClass("org.h2.jdbcx.JdbcDataSource").getConstructor().newInstance();
                var file = settings.dataDir().resolve("opencpms/opencpms");
                h2.getClass().getMethod("setURL", String.class).invoke(h2, "jdbc:h2:file:" + file
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
                h2.getClass().getMethod("setUser", String.class).invoke(h2, "sa");
                h2.getClass().getMethod("setPassword", String.class).invoke(h2, "sa");
                return (DataSource) h2;
            } catch (java.io.IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("cannot open the server's H2 file with the H2 of " + modules, e);
            }
        }

        @Override
        String platform() {
            return "org.eclipse.persistence.platform.database.H2Platform";
        }

        @Override
        String storage(ServerSettings settings) {
            try {
                return "H2 file " + Files.size(settings.dataDir().resolve("opencpms/opencpms.mv.db")) / 1024 + " KiB";
            } catch (java.io.IOException e) {
                return "H2 file unreadable: " + e;
            }
        }
    }

    private static final class Postgresql extends CrashDatabase {

        private static final String DATABASE = "crash_durability";
        private final int port;

        Postgresql(int port) {
            this.port = port;
        }

        @Override
        String name() {
            return "PostgreSQL";
        }

        @Override
        ServerSettings configure(ServerSettings settings) {
            try (var c = DriverManager.getConnection(url("postgres"), "postgres", "postgres")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
                c.createStatement().execute("CREATE DATABASE " + DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the database " + DATABASE, e);
            }
            return settings.onPostgresql(url(DATABASE), "postgres", "postgres");
        }

        @Override
        DataSource dataSource(ServerSettings settings) {
            var postgres = new PGSimpleDataSource();
            postgres.setUrl(url(DATABASE));
            postgres.setUser("postgres");
            postgres.setPassword("postgres");
            return postgres;
        }

        @Override
        String platform() {
            return "org.eclipse.persistence.platform.database.PostgreSQLPlatform";
        }

        private String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }
    }
}
