package org.opencpms.bootstrap;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** What the composition root takes from WildFly by JNDI name: the OpenCPMS datasource and the managed scheduler. */
final class ServerResources {

    static final String DATASOURCE = "java:jboss/datasources/OpenCpmsDS";
    static final String SCHEDULER = "java:jboss/ee/concurrency/scheduler/default";

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

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException(name + " is not configured in the server", e);
        }
    }
}
