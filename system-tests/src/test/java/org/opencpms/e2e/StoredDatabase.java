package org.opencpms.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the deployed EAR's database holds, as text, for leak scans: on H2 the database file whole (every
 * table, index and free page), on PostgreSQL (the failsafe execution that sets {@code opencpms.e2e.postgresql.port})
 * every row of every table of the schema the server writes, each row in PostgreSQL's text form ({@code bytea} as hex,
 * so an encrypted value stays unreadable).
 */
final class StoredDatabase {

    private StoredDatabase() {
    }

    /** The database's contents as text. */
    static String text() throws IOException, SQLException {
        var port = System.getProperty("opencpms.e2e.postgresql.port");
        if (port == null) {
            Path file = Path.of(System.getProperty("opencpms.e2e.data"), "h2", "opencpms", "opencpms.mv.db");
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "postgres"); var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var names = statement.executeQuery("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                    + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                    + " AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            return rowsOf(statement, tables);
        }
    }

    private static String rowsOf(Statement statement, List<String> tables) throws SQLException {
        var text = new StringBuilder();
        for (String table : tables) {
            try (var rows = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
                while (rows.next()) {
                    text.append(table).append(' ').append(rows.getString(1)).append('\n');
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no table in the PostgreSQL database of the end-to-end tests");
        }
        return text.toString();
    }
}
