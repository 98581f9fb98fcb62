package org.opencpms.e2e.process;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A new, empty database on the embedded PostgreSQL of the failsafe execution on PostgreSQL, for nodes to share. */
final class ClusterDatabase {

    private ClusterDatabase() {
    }

    /** Creates the database; returns its JDBC URL (user and password: postgres). */
    static String fresh() throws SQLException {
        var server = "jdbc:postgresql://127.0.0.1:" + System.getProperty("opencpms.e2e.postgresql.port", "54329") + "/";
        var name = "cluster_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = DriverManager.getConnection(server + "postgres", "postgres", "postgres")) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return server + name;
    }
}
