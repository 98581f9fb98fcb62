package org.opencpms.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.Api;

/**
 * Two nodes of a cluster started at the same moment on one fresh PostgreSQL database in training mode: both deploy
 * and become ready, and the training data set is there once. Flyway serialises the migrations; the composition
 * root loads the training data under the start-up lock, so one node loads it while the other waits and then finds
 * it there (before the lock, the second node failed to deploy with a concurrent update of network ERKNet).
 *
 * <p>Runs in the failsafe execution on PostgreSQL, on the embedded PostgreSQL it starts (a database of its own).
 */
class TwoNodesStartingAtOnceOnPostgresqlIT {

    private static final Pattern TRAINING_LINE =
            Pattern.compile("OpenCPMS TRAINING MODE: synthetic data set (loaded|already there) \\((\\d+) ERNs, .*?(\\d+) patients");

    @Test
    void two_nodes_started_at_once_on_one_fresh_database_both_become_ready_with_the_training_data_loaded_once()
            throws SQLException {
        var database = ClusterDatabase.fresh();
        var nodes = startAtOnce(List.of(
                ServerSettings.training("cluster-node-a", 400).onPostgresql(database, "postgres", "postgres"),
                ServerSettings.training("cluster-node-b", 410).onPostgresql(database, "postgres", "postgres")));
        try {
            for (var node : nodes) {
                var api = Api.at(node.httpUrl());
                var me = api.get("/api/me", api.trainingToken("hp.berlin"));
                assertThat(me.status()).as(node.settings().name() + ": " + me).isEqualTo(200);
            }
            var reports = nodes.stream().map(TwoNodesStartingAtOnceOnPostgresqlIT::trainingReport).toList();
            assertThat(reports).extracting(report -> report.group(1)).containsExactlyInAnyOrder("loaded", "already there");
            assertThat(count(database, "SELECT count(*) FROM network")).isEqualTo(Long.parseLong(reports.get(0).group(2)));
            assertThat(count(database, "SELECT count(*) FROM patient"))
                    .isEqualTo(Long.parseLong(reports.get(0).group(3))).isPositive();
        } finally {
            nodes.forEach(ServerProcess::close);
        }
    }

    /**
     * Starts every node at the same moment, each on a thread of its own (the common pool may have one thread only);
     * returns when all are ready, or stops those that started and fails.
     */
    private static List<ServerProcess> startAtOnce(List<ServerSettings> settings) {
        var threads = Executors.newFixedThreadPool(settings.size());
        List<CompletableFuture<ServerProcess>> starting;
        try {
            starting = settings.stream().map(s -> CompletableFuture.supplyAsync(() -> ServerProcess.fresh(s), threads)).toList();
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
        } finally {
            threads.shutdown();
        }
        var started = new ArrayList<ServerProcess>();
        RuntimeException failure = null;
        for (var node : starting) {
            try {
                started.add(node.join());
            } catch (CompletionException e) {
                failure = failure == null ? new IllegalStateException("a node did not start", e.getCause()) : failure;
            }
        }
        if (failure != null) {
            started.forEach(ServerProcess::close);
            throw failure;
        }
        return started;
    }

    /** The log line of a node about the training data set: loaded or found there, how many ERNs and patients. */
    private static MatchResult trainingReport(ServerProcess node) {
        var log = node.settings().baseDir().resolve("log").resolve("console.log");
        try {
            var matcher = TRAINING_LINE.matcher(Files.readString(log));
            assertThat(matcher.find()).as("the training line in " + log).isTrue();
            return matcher.toMatchResult();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(String database, String query) throws SQLException {
        try (var connection = DriverManager.getConnection(database, "postgres", "postgres");
             var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
