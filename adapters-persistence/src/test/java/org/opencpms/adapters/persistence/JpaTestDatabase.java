package org.opencpms.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh, migrated database for one test class — a new database in one embedded PostgreSQL 17
 * shared by the whole test JVM, or a new in-memory H2 in PostgreSQL mode — with the "opencpms"
 * persistence unit run as RESOURCE_LOCAL on it.
 *
 * <p>{@link #entityManager()} is what a container injects: a proxy that delegates to the entity
 * manager of the transaction running on the calling thread, so the JPA ports are built once and
 * used inside {@link #inTransaction}.
 */
public final class JpaTestDatabase implements AutoCloseable {

    /** The engines the contract tests run on. */
    public enum Engine { POSTGRES, H2 }

    private static EmbeddedPostgres postgres;

    private final Engine engine;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private JpaTestDatabase(Engine engine, DataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
        Migrations.migrate(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.target-database", engine == Engine.POSTGRES
                ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                : "org.eclipse.persistence.platform.database.H2Platform");
        properties.put("eclipselink.logging.level", "WARNING");
        this.factory = Persistence.createEntityManagerFactory("opencpms", properties);
    }

    public static JpaTestDatabase create(Engine engine) {
        return new JpaTestDatabase(engine, emptyDatabase(engine));
    }

    /**
     * A database whose schema was migrated up to {@code schemaVersion} only, given the rows that
     * {@code storedThen} writes (as a deployment of that time would have), then migrated to the latest.
     */
    public static JpaTestDatabase upgradedFrom(Engine engine, String schemaVersion, Consumer<DataSource> storedThen) {
        DataSource dataSource = emptyDatabase(engine);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(schemaVersion).load().migrate();
        storedThen.accept(dataSource);
        return new JpaTestDatabase(engine, dataSource);
    }

    /** A new, empty database (not migrated) on the engine, e.g. for several nodes migrating it at once. */
    public static DataSource emptyDatabase(Engine engine) {
        return engine == Engine.POSTGRES ? newPostgresDatabase() : newH2Database();
    }

    private static synchronized DataSource newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(90)).start(); // library's 10 s is short on a loaded machine
                Runtime.getRuntime().addShutdownHook(new Thread(JpaTestDatabase::stopPostgres));
            }
            String name = "t" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            // as deployed (the driver configuration of the WildFly module): batched inserts sent as multi-row inserts
            return postgres.getDatabase("postgres", name, Map.of("reWriteBatchedInserts", "true"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSource newH2Database() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("sa");
        return h2;
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The entity manager of the current thread's transaction, as a container would inject it. */
    public EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    EntityManager em = current.get();
                    if (em == null) {
                        throw new IllegalStateException("no transaction on this thread: call inTransaction");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
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

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
