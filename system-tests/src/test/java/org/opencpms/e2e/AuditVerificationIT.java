package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * An auditor verifies the audit trail's hash chain over REST, with progress for a long chain, and the operator's
 * metrics show the outcome; whoever is not an auditor is refused. (Tampering itself is proven on both engines in the
 * persistence adapter's tests: AnchoredVerificationTest, JpaAuditTrailTest, WatchingTheAuditChainTest.)
 */
class AuditVerificationIT extends OnTheBuiltEar {

    @Test
    void an_auditor_finds_the_chains_of_a_running_server_intact_up_to_their_heads() {
        Clinic.enrolAtBerlin();

        var reply = Api.get("/api/audit-trail/verification", Accounts.token(Accounts.AUDITOR_ERKNET));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.getBoolean("intact")).isTrue();
        assertThat(json.getJsonNumber("recordsChecked").longValue()).isPositive()
                .isEqualTo(json.getJsonNumber("upToSequence").longValue());
        assertThat(json.getString("upToHash")).matches("[0-9a-f]{64}");
        assertThat(json.containsKey("breach") && !json.isNull("breach")).isFalse();
    }

    @Test
    void the_chains_stay_intact_when_audited_requests_run_side_by_side() throws Exception {
        var patient = Clinic.enrolAtBerlin();
        String token = Accounts.token(Accounts.HP_BERLIN);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var reads = pool.invokeAll(Collections.nCopies(48,
                    (Callable<Integer>) () -> Api.get("/api/patients/" + patient.id(), token).status()));
            for (var read : reads) {
                assertThat(read.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        var json = Api.get("/api/audit-trail/verification", Accounts.token(Accounts.AUDITOR_ERKNET)).json();

        assertThat(json.getBoolean("intact")).as(json.toString()).isTrue();
        assertThat(json.getJsonNumber("recordsChecked").longValue()).isEqualTo(json.getJsonNumber("upToSequence").longValue());
    }

    @Test
    void asked_for_ndjson_the_verification_streams_its_progress_then_its_result() {
        var reply = Api.send("GET", "/api/audit-trail/verification", Accounts.token(Accounts.AUDITOR_ERKNET), null,
                Map.of("Accept", "application/x-ndjson"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonObject> lines = reply.body().lines().map(line -> Json.createReader(new StringReader(line)).readObject())
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        var lastProgress = lines.get(lines.size() - 2);
        var result = lines.get(lines.size() - 1);
        assertThat(lastProgress.getJsonNumber("recordsChecked").longValue())
                .isEqualTo(lastProgress.getJsonNumber("recordsToCheck").longValue())
                .isEqualTo(result.getJsonNumber("upToSequence").longValue());
        assertThat(result.getBoolean("intact")).isTrue();
    }

    @Test
    void the_metrics_report_the_last_verification_of_the_chain() {
        Api.get("/api/audit-trail/verification", Accounts.token(Accounts.AUDITOR_ERKNET));

        var metrics = Api.get("/api/metrics", null);

        assertThat(metrics.body()).contains("# TYPE opencpms_audit_chain_intact gauge\nopencpms_audit_chain_intact 1\n")
                .contains("opencpms_audit_chain_verified_records ").contains("opencpms_audit_chain_verified_timestamp_seconds ");
    }

    @Test
    void whoever_is_not_an_auditor_may_not_verify_the_chain() {
        for (var account : List.of(Accounts.HP_BERLIN, Accounts.RESEARCHER_ERKNET, Accounts.COORDINATOR_ERKNET)) {
            var reply = Api.send("GET", "/api/audit-trail/verification", Accounts.token(account), null,
                    Map.of("Accept", "application/x-ndjson"));
            assertThat(reply.status()).as(account).isEqualTo(403);
            assertThat(reply.json().getString("code")).isEqualTo("access.audit-forbidden");
        }
        assertThat(Api.get("/api/audit-trail/verification", null).status()).isEqualTo(401);
    }
}
