package org.opencpms.bootstrap;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** What the composition root takes from WildFly by JNDI name: the OpenCPMS datasource and the managed concurrency. */
final class ServerResources {

    static final String DATASOURCE = "java:jboss/datasources/OpenCpmsDS";
    static final String SCHEDULER = "java:jboss/ee/concurrency/scheduler/default";
    static final String EXECUTOR = "java:jboss/ee/concurrency/executor/default";
    static final String THREADS = "java:jboss/ee/concurrency/factory/default";

    private ServerResources() {
    }

    /** The datasource the persistence unit runs on (configured by {@code configure.cli}). */
    static DataSource dataSource() {
        return lookup(DATASOURCE, DataSource.class);
    }

    /** The server's default managed scheduled executor, on which the schedulers run. */
    static ManagedScheduledExecutorService scheduler() {
        return lookup(SCHEDULER, ManagedScheduledExecutorService.class);
    }

    /** The server's default managed executor, on which the chat push sends to each client. */
    static ManagedExecutorService executor() {
        return lookup(EXECUTOR, ManagedExecutorService.class);
    }

    /** The server's default managed thread factory, for the long-running chat poller. */
    static ManagedThreadFactory threads() {
        return lookup(THREADS, ManagedThreadFactory.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException(name + " is not configured in the server", e);
        }
    }
}
