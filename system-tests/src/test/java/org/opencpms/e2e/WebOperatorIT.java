package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.OPERATOR;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform operator's screens in a real browser (src/test/browser/operator.mjs): the training operator signs in
 * and lands on the centres (offered no panel, patient or access request); registers a centre (without a name first:
 * the errors show next to the fields) with its ERKNet membership and finds it among ERKNet's members; imports centres
 * from CSV text (a wrong row refuses the file, naming its line; a check changes nothing; then the import); establishes
 * ERKNet, adds a disease group, appoints a coordinator at the new centre and then another one replacing the first. A
 * clinician is offered none of these screens, and a forged registration and an establishment are refused. The server
 * holds what the screens did; axe-core finds no serious violation and no screen shows a patient's identity.
 * Screenshots in target/screenshots/operator.
 */
class WebOperatorIT extends OnTheBuiltEar {

    private static BrowserRun.Report report;
    private static String run;
    private static String firstSubject;
    private static String secondSubject;

    @BeforeAll
    static void walkTheScreensInChromium() {
        run = Clinic.unique();
        firstSubject = "web.coordinator.first." + run;
        secondSubject = "web.coordinator.second." + run;
        var patient = Clinic.enrolAtBerlin();
        var scenario = J.obj("operator", OPERATOR, "clinician", HP_BERLIN, "run", run,
                "issuer", TestIdentityProvider.ISSUER,
                "first", J.obj("subject", firstSubject, "name", "Dr First Coordinator " + run),
                "second", J.obj("subject", secondSubject, "name", "Dr Second Coordinator " + run),
                "secrets", J.arr(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        report = BrowserRun.run("operator.mjs", scenario, "operator");
    }

    @Test
    void every_step_of_the_walk_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("name")).containsExactly(
                "01-centres", "02-registered", "03-import-refused", "04-imported", "05-appointed", "06-replaced",
                "01-networks-refused");
    }

    @Test
    void the_centres_registered_and_imported_in_the_browser_are_erknets_members() {
        var members = Api.get("/api/providers?ern=ERKNET&limit=500", Accounts.token(OPERATOR)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(members).anySatisfy(centre -> {
            assertThat(centre.getString("name")).isEqualTo("Web Centre " + run);
            assertThat(centre.getJsonObject("memberships").getString("ERKNET")).isEqualTo("FULL_MEMBER");
        });
        assertThat(members).anySatisfy(centre -> {
            assertThat(centre.getString("name")).isEqualTo("Web Import " + run);
            assertThat(centre.getJsonObject("memberships").getString("ERKNET")).isEqualTo("AFFILIATED_PARTNER");
        });
        assertThat(members).noneSatisfy(centre -> assertThat(centre.getString("name")).isEqualTo("Web Wrong " + run));
    }

    @Test
    void the_coordinator_appointed_in_the_browser_coordinates_erknet_at_the_new_centre_and_the_replaced_one_no_longer() {
        var second = me(secondSubject);
        var first = me(firstSubject);

        assertThat(second.getJsonArray("grants").getValuesAs(JsonObject.class)).anySatisfy(grant -> {
            assertThat(grant.getString("role")).isEqualTo("COORDINATOR");
            assertThat(grant.getString("ern")).isEqualTo("ERKNET");
        });
        assertThat(first.getJsonArray("grants").getValuesAs(JsonObject.class))
                .noneSatisfy(grant -> assertThat(grant.getString("role")).isEqualTo("COORDINATOR"));
    }

    private static JsonObject me(String subject) {
        return Api.get("/api/me", TestIdentityProvider.get().token(subject, subject)).json();
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation() {
        assertThat(report.seriousViolations()).isEmpty();
    }

    @Test
    void no_screen_shows_a_patients_identity() {
        assertThat(report.screens()).allSatisfy(screen -> assertThat(screen.getJsonArray("planted"))
                .as(screen.getString("user") + " " + screen.getString("name")).isEmpty());
    }
}
