package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web application in a real browser (Debian's Chromium driven by npm's playwright-core, src/test/browser): the
 * lead of a panel signs in with a training account, sees the panel in "my panels", opens it, comments in its timeline
 * (a double click sends one comment; progress shows while it is sent) and chats; at a panel in sign-off drafts the
 * outcome and downloads it as a PDF (checked with pdftotext for the patient's nickname); invites the expert to a panel
 * in selection from the lead ERN's experts (inviting nobody first: the error shows next to the list); rates a closed
 * panel's usefulness; pages through the centre's patients with the identity the API sends them, enrols a patient through the
 * form (an empty one first: the server's field errors appear next to the fields), opens a panel for them, follows a
 * deep link, switches to German and signs out. An expert of another centre, member of both panels, on a phone-sized
 * window, reads and answers the comment and the chat message and reviews the outcome; accepts the invitation and
 * asks for more data; contributes in assessment and comments on the lead's contribution; sees the rating of the closed
 * panel without being offered to rate it. The ERN's coordinator sees the panel without comment, chat or data-request
 * form, the member's chat message arriving live on their open page. The lead signs in again and answers the request
 * for data. Requests the
 * screens do not offer, forged with the user's own token, are refused. axe-core finds no serious or critical
 * accessibility violation on any screen, and no patient's identity (planted, random per run; one typed into the
 * enrolment form) appears on any screen of the other users. Screenshots of every screen are kept in
 * target/screenshots/web.
 */
class WebApplicationIT extends OnTheBuiltEar {

    private static BrowserRun.Report report;
    private static Clinic.Enrolled patient;

    /** The Patients screen's page size (web/src/screens/Patients.tsx PAGE_SIZE). */
    private static final int PAGE_SIZE = 25;

    @BeforeAll
    static void walkTheScreensInChromium() {
        patient = Clinic.enrolAtBerlin();
        enoughForTwoPages(HP_BERLIN);
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Steroid-resistant nephrotic syndrome"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        var signingPatient = Clinic.enrolAtBerlin();
        var signing = inSignOff(signingPatient.id());
        var selectingPatient = Clinic.enrolAtBerlin();
        var selecting = Clinic.open(HP_BERLIN, selectingPatient.id(), "ERKNET", Clinic.completeForm("Nephrocalcinosis"));
        selecting.change(HP_BERLIN, "POST", "/submission", null);
        var assessingPatient = Clinic.enrolAtBerlin();
        var assessing = leadContributed(assessingPatient.id());
        var closedPatient = Clinic.enrolAtBerlin();
        var closed = closed(closedPatient.id());
        var run = Clinic.unique();
        var scenario = J.obj("panel", J.obj("id", panel.id(), "nickname", patient.nickname()), "lead", HP_BERLIN,
                "other", HP_PARIS, "coordinator", COORDINATOR_ERKNET, "leadCentre", Accounts.centre(HP_BERLIN),
                "secrets", J.arr(patient.givenName(), patient.familyName(), patient.hospitalIdentifier(),
                        signingPatient.givenName(), signingPatient.familyName(), signingPatient.hospitalIdentifier(),
                        selectingPatient.givenName(), selectingPatient.familyName(), selectingPatient.hospitalIdentifier(),
                        assessingPatient.givenName(), assessingPatient.familyName(), assessingPatient.hospitalIdentifier(),
                        closedPatient.givenName(), closedPatient.familyName(), closedPatient.hospitalIdentifier()),
                "newcomer", J.obj("givenName", "Webgiven" + run, "familyName", "Webfamily" + run,
                        "hospitalIdentifier", "WEB-" + run, "dateOfBirth", "2011-03-04"),
                "leadComment", "Lead asks " + run, "otherComment", "Member answers " + run,
                "signing", J.obj("id", signing.id(), "nickname", signingPatient.nickname()),
                "conclusion", "Alport syndrome " + run, "leadChat", "Lead chats " + run, "otherChat", "Member chats " + run, "otherId", id(HP_PARIS),
                "leadIdentities", identitiesOnFirstPage(HP_BERLIN),
                "selecting", J.obj("id", selecting.id(), "nickname", selectingPatient.nickname()),
                "assessing", J.obj("id", assessing.id(), "nickname", assessingPatient.nickname()),
                "closed", J.obj("id", closed.id(), "nickname", closedPatient.nickname()),
                "dataRequest", "Member asks for the renal ultrasound " + run, "dataAnswer", "Lead attaches it " + run,
                "contribution", "Member thinks of Dent disease " + run,
                "leadName", Accounts.me(HP_BERLIN).getString("displayName"), "contributionComment", "Member agrees " + run);
        report = BrowserRun.run("web-application.mjs", scenario, "web");
    }

    /** A panel of the patient led by hp.berlin with hp.paris as member, at sign-off (no outcome drafted yet). */
    private static Clinic.PanelRef inSignOff(String patient) {
        var panel = inAssessment(patient, "Haematuria and hearing loss");
        panel.change(HP_PARIS, "POST", "/contributions", J.obj("text", "Test COL4A5 first."));
        panel.change(HP_BERLIN, "POST", "/sign-off", null);
        return panel;
    }

    /** A panel of the patient led by hp.berlin with hp.paris as member, in assessment; nobody has contributed yet. */
    private static Clinic.PanelRef inAssessment(String patient, String reason) {
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm(reason));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        panel.change(HP_BERLIN, "POST", "/assessment", null);
        return panel;
    }

    /** In assessment as {@link #inAssessment(String, String)}; the lead has contributed. */
    private static Clinic.PanelRef leadContributed(String patient) {
        var panel = inAssessment(patient, "Hypercalciuria");
        panel.change(HP_BERLIN, "POST", "/contributions", J.obj("text", "Test CLCN5 first."));
        return panel;
    }

    /** A closed panel led by hp.berlin with hp.paris as member, with a final outcome and no usefulness rating yet. */
    private static Clinic.PanelRef closed(String patient) {
        var panel = leadContributed(patient);
        panel.change(HP_PARIS, "POST", "/contributions", J.obj("text", "Agree: CLCN5."));
        panel.change(HP_BERLIN, "POST", "/sign-off", null);
        panel.change(HP_BERLIN, "PUT", "/outcome", J.obj("conclusion", "Dent disease"));
        panel.change(HP_BERLIN, "POST", "/outcome/finalisation", null);
        panel.change(HP_BERLIN, "POST", "/closure", null);
        return panel;
    }

    /** The user's centre lists more patients than one page of the Patients screen holds (a fresh database may not). */
    private static void enoughForTwoPages(String user) {
        var listed = firstPage(user, PAGE_SIZE + 1).size();
        for (int i = listed; i <= PAGE_SIZE; i++) {
            Clinic.enrolAtBerlin();
        }
    }

    private static List<JsonObject> firstPage(String user, int limit) {
        var page = Api.get("/api/patients?centre=" + Accounts.centre(user) + "&limit=" + limit, token(user));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * The family names the API sends the user on the first page of their centre's patients, as the Patients screen asks
     * for it: on a shared test database the centre has hundreds of patients, so the scenario's own patient need not be
     * on that page.
     */
    private static jakarta.json.JsonArray identitiesOnFirstPage(String user) {
        var names = firstPage(user, PAGE_SIZE).stream()
                .filter(item -> item.containsKey("identity") && !item.isNull("identity"))
                .map(item -> item.getJsonObject("identity").getString("familyName")).limit(5).toList();
        assertThat(names).as("the user enrolled patients at their centre").isNotEmpty();
        return J.arr(names.toArray());
    }

    @Test
    void every_step_of_the_walk_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("user") + " " + screen.getString("name"))
                .containsExactly("hp.berlin 01-sign-in", "hp.berlin 02-my-panels", "hp.berlin 03-panel",
                        "hp.berlin 04-panel-commented", "hp.berlin 04b-outcome-drafted", "hp.berlin 04c-invite",
                        "hp.berlin 04d-usefulness-rated", "hp.berlin 05-patients", "hp.berlin 06-patients-page-2",
                        "hp.berlin 07-enrol-field-errors", "hp.berlin 08-enrolled", "hp.berlin 09-open-panel",
                        "hp.berlin 10-new-panel",
                        "coordinator.erknet 01-sign-in", "hp.paris 01-sign-in", "hp.paris 02-my-panels",
                        "hp.paris 03-panel", "hp.paris 04-panel-commented", "hp.paris 05-patients",
                        "hp.paris 05b-outcome-reviewed", "hp.paris 05c-invited", "hp.paris 05d-data-requested",
                        "hp.paris 05e-contributed", "hp.paris 06-panel-deep-link", "coordinator.erknet 02-panel",
                        "hp.berlin 11-sign-in-again", "hp.berlin 12-data-answered");
    }

    @Test
    void the_panel_page_shows_the_panels_nickname_to_every_user() {
        assertThat(report.screens()).filteredOn(screen -> screen.getString("name").matches("\\d+-panel.*"))
                .extracting(screen -> screen.getString("heading")).hasSize(6)
                .allMatch(heading -> heading.equals("Panel " + patient.nickname()));
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation() {
        assertThat(report.seriousViolations()).isEmpty();
    }

    @Test
    void another_users_screens_never_show_the_patients_identity() {
        var shown = report.screens().stream().filter(screen -> !screen.getJsonArray("planted").isEmpty())
                .map(screen -> screen.getString("user") + " " + screen.getString("name") + " shows "
                        + screen.getJsonArray("planted")).toList();

        assertThat(report.screens()).filteredOn(screen -> !screen.getString("user").equals(HP_BERLIN)).hasSize(12);
        assertThat(shown).isEmpty();
    }
}
