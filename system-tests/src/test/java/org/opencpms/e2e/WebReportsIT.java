package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.AUDITOR_ERKNET;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.RESEARCHER_ERKNET;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's, the auditor's and the researcher's screens in a real browser (src/test/browser/reports.mjs), on
 * the training data and a panel opened in ERKNet here: the ERN's coordinator finds the KPIs in the navigation, drawn
 * by Chart.js with the server's figures (each state's count, ERKNet's panels, every ERN together) and downloaded as a
 * CSV holding the same figures, fitting a phone's width; the ERN's auditor lists the audit trail's first page as the
 * server sends it (each actor by name), filters it by patient, then by person and action, and verifies the hash chain (intact, records counted); the researcher sees the server's k and
 * counts and every record, and downloads them as CSV. Each is offered their own screen alone; a clinician is offered
 * none, a forged read of their data gets 403, and the KPIs' address shows the refusal; the clinician sees each lead
 * ERN of "My panels" and the ERNs to open a panel in by their names, and a clinician at two centres (Paris and Berlin,
 * registered here through the identity provider) chooses between them by name. axe-core finds no serious
 * violation and no screen shows the patient's identity. Screenshots in target/screenshots/reports.
 */
class WebReportsIT extends OnTheBuiltEar {

    private static BrowserRun.Report report;

    @BeforeAll
    static void walkTheScreensInChromium() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Nephronophthisis"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        var login = "web.two-centres." + Clinic.unique();
        var name = "Dr Two Centres " + login;
        var token = TestIdentityProvider.get().token(login, name);
        registered(token, login, HP_PARIS);
        registered(token, login, HP_BERLIN);
        var scenario = J.obj("coordinator", COORDINATOR_ERKNET, "auditor", AUDITOR_ERKNET,
                "researcher", RESEARCHER_ERKNET, "clinician", HP_BERLIN,
                "audited", J.obj("patient", patient.id()),
                "twoCentres", J.obj("login", login, "name", name, "token", token, "centreNames",
                        J.arr(centreName(HP_PARIS), centreName(HP_BERLIN))),
                "secrets", J.arr(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        report = BrowserRun.run("reports.mjs", scenario, "reports");
    }

    /** Makes the provider's user a health professional in ERKNet at the centre of {@code colleague}: a request, accepted. */
    private static void registered(String token, String login, String colleague) {
        var request = Api.post("/api/access-requests", token, J.obj("ern", "ERKNET", "centre", Accounts.centre(colleague),
                "roles", J.arr("HEALTH_PROFESSIONAL"), "motivation", "Two centres", "country", "FR",
                "email", login + "@example.invalid"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        var accepted = Api.post("/api/access-requests/" + request.json().getString("id") + "/acceptance",
                Accounts.token(COORDINATOR_ERKNET), null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    }

    private static String centreName(String colleague) {
        return Api.get("/api/providers/" + Accounts.centre(colleague), Accounts.token(colleague)).json().getString("name");
    }

    @Test
    void every_step_of_the_walk_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("name")).containsExactly(
                "01-kpis", "02-kpis-phone", "01-audit-trail", "02-verified", "03-audit-filtered", "01-research", "01-my-panels",
                "02-open-panel", "03-kpis-refused", "01-patients");
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
