package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;

import jakarta.json.JsonObject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The edge may remember an identified caller for a few seconds ({@code opencpms.auth.caller-cache-seconds}; off by
 * default, at most 5 s here), yet a withdrawn grant stops working: at the caller's next request when it is withdrawn on this node, and within that
 * age when another node withdraws it (played here by a change written straight into the shared database, which this
 * node hears nothing about). The researcher grant makes the difference visible: the research export answers a
 * researcher and refuses everyone else ({@code access.research-forbidden}).
 */
class WithdrawnGrantOnPostgresqlIT extends OnTheBuiltEar {

    private static final String EXPORT = "/api/research/data-set";
    private static final Duration CALLER_CACHE_AGE = Duration.ofSeconds(5);
    /** Time for a request under load: the server identified its caller before the reply came back. */
    private static final Duration REQUEST_MARGIN = Duration.ofSeconds(2);

    @Test
    void a_grant_withdrawn_through_the_api_is_refused_at_the_callers_next_request() {
        grantResearcher();
        assertExportAnswered();
        assertExportAnswered();

        var revoked = Api.post("/api/users/" + Accounts.id(HP_NIJMEGEN) + "/grants/revocation",
                Accounts.token(COORDINATOR_ERKNET), researcherGrant());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);

        assertExportRefused(Api.get(EXPORT, Accounts.token(HP_NIJMEGEN)));
    }

    @Test
    void a_grant_withdrawn_by_another_node_is_refused_within_the_caller_cache_age() throws Exception {
        grantResearcher();
        assertExportAnswered();

        deleteResearcherGrantBehindTheServersBack();
        var withdrawn = System.nanoTime();
        var reply = Api.get(EXPORT, Accounts.token(HP_NIJMEGEN));
        while (reply.status() == 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - withdrawn))
                    .as("answered after the grant was withdrawn").isLessThan(CALLER_CACHE_AGE.plus(REQUEST_MARGIN));
            Thread.sleep(250);
            reply = Api.get(EXPORT, Accounts.token(HP_NIJMEGEN));
        }

        assertExportRefused(reply);
    }

    private static JsonObject researcherGrant() {
        return J.obj("role", "RESEARCHER", "ern", "ERKNET");
    }

    private static void grantResearcher() {
        var granted = Api.post("/api/users/" + Accounts.id(HP_NIJMEGEN) + "/grants", Accounts.token(COORDINATOR_ERKNET),
                researcherGrant());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(204);
    }

    private static void assertExportAnswered() {
        var reply = Api.get(EXPORT, Accounts.token(HP_NIJMEGEN));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static void assertExportRefused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.json().getString("code")).isEqualTo("access.research-forbidden");
    }

    private static void deleteResearcherGrantBehindTheServersBack() throws SQLException {
        var port = System.getProperty("opencpms.e2e.postgresql.port");
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "postgres");
             var delete = connection.prepareStatement(
                     "DELETE FROM app_user_grant WHERE user_id = ?::uuid AND role = 'RESEARCHER' AND ern = 'ERKNET'")) {
            delete.setString(1, Accounts.id(HP_NIJMEGEN));
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
    }
}
