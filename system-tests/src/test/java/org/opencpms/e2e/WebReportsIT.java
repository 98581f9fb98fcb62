package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.AUDITOR_ERKNET;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.RESEARCHER_ERKNET;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's, the auditor's and the researcher's screens in a real browser (src/test/browser/reports.mjs), on
 * the training data and a panel opened in ERKNet here: the ERN's coordinator finds the KPIs in the navigation, drawn
 * by Chart.js with the server's figures (each state's count, ERKNet's panels, every ERN together) and downloaded as a
 * CSV holding the same figures, fitting a phone's width; the ERN's auditor lists the audit trail's first page as the
 * server sends it and verifies the hash chain (intact, records counted); the researcher sees the server's k and
 * counts and every record, and downloads them as CSV. Each is offered their own screen alone; a clinician is offered
 * none, a forged read of their data gets 403, and the KPIs' address shows the refusal. axe-core finds no serious
 * violation and no screen shows the patient's identity. Screenshots in target/screenshots/reports.
 */
class WebReportsIT extends OnTheBuiltEar {

    private static BrowserRun.Report report;

    @BeforeAll
    static void walkTheScreensInChromium() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Nephronophthisis"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        var scenario = J.obj("coordinator", COORDINATOR_ERKNET, "auditor", AUDITOR_ERKNET,
                "researcher", RESEARCHER_ERKNET, "clinician", HP_BERLIN,
                "secrets", J.arr(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        report = BrowserRun.run("reports.mjs", scenario, "reports");
    }

    @Test
    void every_step_of_the_walk_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("name")).containsExactly(
                "01-kpis", "02-kpis-phone", "01-audit-trail", "02-verified", "01-research", "01-kpis-refused");
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
