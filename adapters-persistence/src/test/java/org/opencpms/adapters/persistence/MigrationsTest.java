package org.opencpms.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

    @ParameterizedTest
    @EnumSource(JpaTestDatabase.Engine.class)
    void the_schema_is_created_from_empty_and_a_second_run_applies_nothing(JpaTestDatabase.Engine engine) throws SQLException {
        try (var database = JpaTestDatabase.create(engine)) {
            assertThat(Migrations.migrate(database.dataSource())).isZero();
            try (var connection = database.dataSource().getConnection();
                 var tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                assertThat(tables.next()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaTestDatabase.Engine.class)
    void two_nodes_migrating_one_empty_database_at_once_both_succeed_and_apply_each_migration_once(
            JpaTestDatabase.Engine engine) throws Exception {
        var database = JpaTestDatabase.emptyDatabase(engine);
        var nodes = Executors.newFixedThreadPool(2);
        try {
            var first = nodes.submit(() -> Migrations.migrate(database));
            var second = nodes.submit(() -> Migrations.migrate(database));

            int applied = first.get(5, TimeUnit.MINUTES) + second.get(5, TimeUnit.MINUTES);

            try (var connection = database.getConnection();
                 var rows = connection.createStatement().executeQuery(
                         "SELECT count(*), count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(applied).isEqualTo(rows.getInt(2)).isPositive();
            }
        } finally {
            nodes.shutdownNow();
        }
    }
}
