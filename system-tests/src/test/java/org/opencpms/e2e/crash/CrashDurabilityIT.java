package org.opencpms.e2e.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.Clinic;
import org.opencpms.e2e.process.ServerProcess;
import org.opencpms.e2e.process.ServerSettings;

/**
 * Nothing acknowledged is lost when the server process crashes: two clients write (enrolments, timeline comments)
 * for a while, the server JVM is killed with SIGKILL in the middle of it, and after a restart on the same data
 * every write that had been answered 201/200 is there and every audit chain verifies (the two writers' transactions
 * append to different chains when they overlap). Runs on H2 (the default) in the
 * H2 execution and on PostgreSQL in the PostgreSQL execution; prints the figures.
 */
class CrashDurabilityIT {

    private static final Duration LOAD = Duration.ofSeconds(12);

    @Test
    void every_acknowledged_write_survives_a_sigkill_of_the_server_under_load() throws InterruptedException {
        var database = CrashDatabase.ofThisRun();
        var settings = database.configure(ServerSettings.training("crash-" + database.name().toLowerCase(), 320));
        try (var server = ServerProcess.fresh(settings)) {
            var api = Api.at(server.httpUrl());
            var writes = new ClinicalWrites(api, api.trainingToken("hp.berlin"), Clinic.unique());
            var panel = writes.discussedPanel();
            var enrolments = new Writer("enrolments", writes::enrol);
            var comments = new Writer("comments", n -> writes.comment(panel, n));

            var threads = List.of(new Thread(enrolments), new Thread(comments));
            threads.forEach(Thread::start);
            // the writers run for this long before the kill: the test then counts what they were told was written
            Thread.sleep(LOAD.toMillis());
            server.killJvm();
            for (var thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            }

            assertThat(enrolments.endedBy()).as("the enrolment writer was still writing at the kill")
                    .startsWith("no answer");
            assertThat(comments.endedBy()).as("the comment writer was still writing at the kill")
                    .startsWith("no answer");
            server.start();

            var token = api.trainingToken("hp.berlin");
            var missingPatients = enrolments.acknowledged().stream()
                    .filter(id -> api.get("/api/patients/" + id, token).status() != 200).toList();
            var timeline = timelineTexts(api, "/api/panels/" + panel + "/timeline?limit=500", token);
            var missingComments = comments.acknowledged().stream().filter(text -> !timeline.contains(text)).toList();
            server.stop();
            var audit = AuditChain.verify(database.dataSource(settings), database.platform());

            int acknowledged = enrolments.acknowledged().size() + comments.acknowledged().size();
            int found = acknowledged - missingPatients.size() - missingComments.size();
            System.out.printf("[crash durability on %s] acknowledged before SIGKILL: %d (%d enrolments, %d comments;"
                            + " refused: %d); found after restart: %d; audit chains: %s, %d records in %d chains; %s%n",
                    database.name(), acknowledged, enrolments.acknowledged().size(), comments.acknowledged().size(),
                    enrolments.refused() + comments.refused(), found, audit.intact() ? "intact" : audit.firstBreach(),
                    audit.recordsChecked(), audit.upTo().chains().size(), database.storage(settings));
            assertThat(enrolments.acknowledged()).as("enrolments acknowledged before the kill").isNotEmpty();
            assertThat(comments.acknowledged()).as("comments acknowledged before the kill").isNotEmpty();
            assertThat(missingPatients).as("acknowledged enrolments missing after the restart").isEmpty();
            assertThat(missingComments).as("acknowledged comments missing after the restart").isEmpty();
            assertThat(audit.firstBreach()).as("the audit chain after the crash").isEmpty();
            assertThat(audit.recordsChecked()).isGreaterThanOrEqualTo(acknowledged);
            assertThat(audit.recordsChecked()).as("every chain walked up to its head").isEqualTo(audit.upTo().records());
        }
    }

    /** Every comment of the timeline, read page by page (the panel itself carries only the latest page). */
    private static Set<String> timelineTexts(Api.At api, String timeline, String token) {
        var texts = new HashSet<String>();
        String before = null;
        do {
            JsonObject page = api.get(timeline + (before == null ? "" : "&before=" + before), token).json();
            page.getJsonArray("items").forEach(c -> texts.add(c.asJsonObject().getString("text")));
            before = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (before != null);
        return texts;
    }
}
