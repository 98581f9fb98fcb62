package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web application's screens outside the panel page in a real browser (src/test/browser/web-administration.mjs):
 * a newcomer signed in at the identity provider (its token in the tab's session, as a sign-in there leaves it) is
 * shown the access request, sends an incomplete one (the field errors show next to the fields) and then a complete
 * one; the ERN's coordinator rejects another newcomer's request (without a reason first: the error shows) and accepts
 * this one; the newcomer, now a health professional, finds the decision unread in the notifications, marks it read,
 * sees it left out of the unread ones, chooses comments by e-mail (kept after a reload), and gets a calendar feed
 * (copied, answering without a token), then revokes it (404). A member finds the invitation to a panel in the inbox
 * and follows its link to the panel, which marks it read. Forged requests (a newcomer listing or accepting requests,
 * another user's channel or feed, another user's notification) are refused. axe-core finds no serious violation and
 * no screen shows the panel's patient's identity. Screenshots in target/screenshots/web-administration.
 */
class WebAdministrationIT extends OnTheBuiltEar {

    private static BrowserRun.Report report;
    private static String newcomerToken;
    private static String refusedRequest;

    @BeforeAll
    static void walkTheScreensInChromium() {
        var run = Clinic.unique();
        var login = "web.newcomer." + run;
        var name = "Dr Newcomer " + run;
        newcomerToken = TestIdentityProvider.get().token(login, name);
        var refusedName = "Dr Refused " + run;
        refusedRequest = requested("web.refused." + run, refusedName);
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Cystinosis"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        var scenario = J.obj(
                "newcomer", J.obj("login", login, "name", name, "token", newcomerToken,
                        "motivation", "Paediatric nephrologist " + run),
                "refused", J.obj("name", refusedName, "request", refusedRequest, "reason", "Not at this centre " + run),
                "coordinator", COORDINATOR_ERKNET, "member", J.obj("username", HP_PARIS, "id", id(HP_PARIS)),
                "invited", J.obj("id", panel.id(), "nickname", patient.nickname()),
                "centre", Accounts.centre(HP_PARIS),
                "secrets", J.arr(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        report = BrowserRun.run("web-administration.mjs", scenario, "web-administration");
    }

    /** The id of an access request to ERKNet at Paris filed by a new subject of the identity provider. */
    private static String requested(String login, String name) {
        var token = TestIdentityProvider.get().token(login, name);
        var reply = Api.post("/api/access-requests", token, J.obj("ern", "ERKNET", "centre", Accounts.centre(HP_PARIS),
                "roles", J.arr("HEALTH_PROFESSIONAL"), "motivation", "Web refusal", "country", "FR",
                "email", login + "@example.invalid"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    @Test
    void every_step_of_the_walk_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("name")).containsExactly(
                "01-request-access", "02-request-field-errors", "03-request-sent", "01-access-requests", "02-decided",
                "04-inbox", "05-settings", "01-inbox", "02-panel-from-inbox");
    }

    @Test
    void the_coordinators_decisions_in_the_browser_are_the_servers() {
        var me = Api.get("/api/me", newcomerToken).json();
        var rejected = Api.get("/api/access-requests/" + refusedRequest, Accounts.token(COORDINATOR_ERKNET)).json();

        assertThat(me.getJsonArray("grants").getValuesAs(JsonObject.class)).anySatisfy(grant -> {
            assertThat(grant.getString("role")).isEqualTo("HEALTH_PROFESSIONAL");
            assertThat(grant.getString("ern")).isEqualTo("ERKNET");
            assertThat(grant.getString("centre")).isEqualTo(Accounts.centre(HP_PARIS));
        });
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejectionReason")).startsWith("Not at this centre ");
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation() {
        assertThat(report.seriousViolations()).isEmpty();
    }

    @Test
    void no_screen_shows_the_patients_identity() {
        assertThat(report.screens()).allSatisfy(screen -> assertThat(screen.getJsonArray("planted"))
                .as(screen.getString("user") + " " + screen.getString("name")).isEmpty());
    }
}
