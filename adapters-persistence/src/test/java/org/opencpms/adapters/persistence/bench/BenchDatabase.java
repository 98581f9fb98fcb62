package org.opencpms.adapters.persistence.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.opencpms.adapters.persistence.Migrations;

/**
 * An embedded PostgreSQL 17 for the benchmark, migrated by Flyway, with the "opencpms" persistence
 * unit run as RESOURCE_LOCAL over EclipseLink's own connection pool (as WildFly would pool its
 * datasource), and a container-like entity manager bound to the calling thread's transaction.
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final Map<String, String> serverSettings;

    /**
     * @param keepData start on the cluster already in {@code dataDirectory}, if any, instead of a new one; either way
     *                 the cluster stays there after the run, for a later run to reuse
     */
    BenchDatabase(File dataDirectory, boolean keepData, Map<String, String> serverConfig, int poolSize) throws IOException {
        if (!keepData) {
            delete(dataDirectory.toPath());
        }
        var builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        serverConfig.forEach(builder::setServerConfig);
        this.postgres = builder.start();
        DataSource admin = postgres.getPostgresDatabase();
        Migrations.migrate(admin);
        this.serverSettings = settings(admin, "server_version", "shared_buffers", "synchronous_commit", "fsync", "work_mem",
                "max_connections");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        // as deployed (the driver configuration of the WildFly module): batched inserts sent as multi-row inserts
        properties.put("jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts="
                + System.getProperty("bench.reWriteBatchedInserts", "true"));
        properties.put("jakarta.persistence.jdbc.user", "postgres");
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("eclipselink.connection-pool.default.initial", String.valueOf(poolSize));
        properties.put("eclipselink.connection-pool.default.min", String.valueOf(poolSize));
        properties.put("eclipselink.connection-pool.default.max", String.valueOf(poolSize));
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.target-database", "org.eclipse.persistence.platform.database.PostgreSQLPlatform");
        properties.put("eclipselink.logging.level", "WARNING");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.eclipselink."))
                .forEach(name -> properties.put(name.substring("bench.".length()), System.getProperty(name)));
        this.factory = Persistence.createEntityManagerFactory("opencpms", properties);
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Map<String, String> settings(DataSource dataSource, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            for (String name : names) {
                try (var rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** Whether EclipseLink wove the entity classes (change tracking, lazy relations), as it does with its agent. */
    static boolean entitiesWoven() {
        try {
            return org.eclipse.persistence.internal.weaving.PersistenceWeaved.class.isAssignableFrom(
                    Class.forName("org.opencpms.adapters.persistence.patient.PatientEntity"));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    Map<String, String> serverSettings() {
        return serverSettings;
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** The entity manager of the current thread's transaction, as a container would inject it. */
    EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    EntityManager em = current.get();
                    if (em == null) {
                        throw new IllegalStateException("no transaction on this thread");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        current.set(em);
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs a statement outside JPA (ANALYZE, counts). */
    long queryLong(String sql) {
        try (Connection c = dataSource().getConnection(); var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query outside JPA and returns its rows, each column as text. */
    List<List<String>> queryRows(String sql) {
        try (Connection c = dataSource().getConnection(); var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection c = dataSource().getConnection(); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        factory.close();
        postgres.close();
    }
}
