package org.opencpms.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the schema with Flyway, on PostgreSQL (production) and H2 (the embedded
 * default) alike, from the scripts in {@code db/migration}.
 */
public final class Migrations {

    private Migrations() {
    }

    /** Applies every pending migration; returns how many were applied. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
