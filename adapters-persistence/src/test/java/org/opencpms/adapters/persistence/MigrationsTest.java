package org.opencpms.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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
}
