package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The panel page's lifecycle and meetings in a real browser (src/test/browser/panel-page.mjs, Chromium): the lead
 * submits a draft once confirmed (not when they say no), deletes another and is back at their panels, starts the
 * assessment, steps back to panel selection (the missing reason shown next to its field first) and forward again,
 * tries to close a panel short of its quorum (the server's problem shown next to the button), closes and archives
 * one, and aborts one, saying why; sees the lead ERN by its full name. On a panel in assessment the lead schedules a
 * meeting (an empty form first: the errors next to the fields) at a time of their own zone (Berlin), moves it,
 * gets their calendar feed's address (read without a token: the meeting is in it) and cancels it once confirmed; the
 * member, in Lisbon on a phone, sees the meeting at their own time, and neither a lifecycle move nor a meeting form;
 * forged, both are refused. The lead answers the member's request for data with the panel's imaging study, which the
 * answer links to the viewer, headed by the panel's nickname and the study. axe-core on every screen; no identity of the patients on any screen (panels carry none).
 */
class PanelPageIT extends OnTheBuiltEar {

    private static BrowserRun.Report report;
    private static final List<String> SECRETS = new ArrayList<>();

    @BeforeAll
    static void walkThePanelPageInChromium() {
        var draft = panel("Proteinuria");
        var throwaway = panel("Oedema");
        var selecting = withMember(panel("Nephrocalcinosis"));
        var shortOfQuorum = signedOff(withMember(panel("Haematuria")), false);
        var closable = signedOff(withMember(panel("Hypercalciuria")), true);
        var aborting = panel("Hypertension");
        aborting.ref().change(HP_BERLIN, "POST", "/submission", null);
        var assessing = withMember(panel("Cystic kidneys"));
        assessing.ref().change(HP_BERLIN, "POST", "/assessment", null);
        withStudyAsked(assessing);
        var run = Clinic.unique();
        var scenario = J.obj("lead", HP_BERLIN, "member", HP_PARIS, "draft", draft.json(), "throwaway", throwaway.json(),
                "selecting", selecting.json(), "shortOfQuorum", shortOfQuorum.json(), "closable", closable.json(),
                "aborting", aborting.json(), "assessing", assessing.json(), "secrets", J.arr(SECRETS.toArray()),
                "ernName", "ERKNet (European Rare Kidney Disease Reference Network)",
                "leadName", Accounts.me(HP_BERLIN).getString("displayName"),
                "memberName", Accounts.me(HP_PARIS).getString("displayName"),
                "reason", "More nephrologists needed " + run, "abortReason", "Patient moved abroad " + run,
                "videoLink", "https://meet.example.org/" + run, "studyTitle", STUDY_TITLE,
                "dataAnswer", "Here is the ultrasound " + run);
        report = BrowserRun.run("panel-page.mjs", scenario, "panel-page");
    }

    private static final String STUDY_TITLE = "Renal ultrasound";

    /** A panel and its patient; the browser script wants the panel's id and the patient's nickname. */
    private record Opened(Clinic.PanelRef ref, Clinic.Enrolled patient) {

        JsonObject json() {
            return J.obj("id", ref.id(), "nickname", patient.nickname());
        }
    }

    /** A draft panel led by hp.berlin in ERKNet for a new patient of theirs, whose identity the member must never see. */
    private static Opened panel(String reason) {
        var patient = Clinic.enrolAtBerlin();
        SECRETS.addAll(List.of(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        return new Opened(Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm(reason)), patient);
    }

    /** A study of the patient (STOW-RS, planted identities de-identified) attached to the panel; the member asks for more. */
    private static void withStudyAsked(Opened panel) {
        var stored = DicomWeb.stow(Accounts.token(HP_BERLIN), DicomWeb.MULTIPART, DicomWeb.multipart(
                DicomWeb.file(System.currentTimeMillis(), 1, 1, panel.patient().hospitalIdentifier())));
        assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
        String url = DicomWebIT.object(DicomWeb.text(stored)).getJsonObject("00081190").getJsonArray("Value").getString(0);
        String study = url.substring(url.lastIndexOf('/') + 1);
        SECRETS.addAll(SyntheticCt.PLANTED);
        panel.ref().change(HP_BERLIN, "POST", "/studies", J.obj("studyInstanceUid", study, "title", STUDY_TITLE));
        panel.ref().refresh(HP_BERLIN);
        panel.ref().change(HP_PARIS, "POST", "/data-requests", J.obj("text", "Is there an ultrasound?"), 201);
    }

    /** Submitted, with hp.paris invited and accepted: in panel selection. */
    private static Opened withMember(Opened panel) {
        panel.ref().change(HP_BERLIN, "POST", "/submission", null);
        panel.ref().change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.ref().change(HP_PARIS, "POST", "/invitation/acceptance", null);
        return panel;
    }

    /** In sign-off with a final outcome; the lead has contributed too when {@code quorum} (ERKNet wants two). */
    private static Opened signedOff(Opened panel, boolean quorum) {
        panel.ref().change(HP_BERLIN, "POST", "/assessment", null);
        panel.ref().change(HP_PARIS, "POST", "/contributions", J.obj("text", "Test the genes first."));
        if (quorum) {
            panel.ref().change(HP_BERLIN, "POST", "/contributions", J.obj("text", "Agreed."));
        }
        panel.ref().change(HP_BERLIN, "POST", "/sign-off", null);
        panel.ref().change(HP_BERLIN, "PUT", "/outcome", J.obj("conclusion", "Dent disease"));
        panel.ref().change(HP_BERLIN, "POST", "/outcome/finalisation", null);
        return panel;
    }

    @Test
    void every_step_of_the_walk_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("user") + " " + screen.getString("name"))
                .containsExactly("hp.berlin 01-submit-confirmation", "hp.berlin 02-submitted", "hp.berlin 03-reason-missing",
                        "hp.berlin 04-assessment-again", "hp.berlin 05-quorum-problem", "hp.berlin 06-archived",
                        "hp.berlin 07-aborted", "hp.berlin 08-meeting-errors", "hp.berlin 09-meeting-scheduled",
                        "hp.berlin 10-meeting-moved", "hp.paris 01-meeting", "hp.berlin 11-meeting-cancelled",
                        "hp.berlin 12-answer-with-study", "hp.berlin 13-viewer-heading");
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation() {
        assertThat(report.seriousViolations()).isEmpty();
    }

    @Test
    void no_panel_page_shows_a_patients_identity_to_the_lead_or_the_member() {
        assertThat(report.screens()).filteredOn(screen -> screen.getString("user").equals(HP_PARIS)).isNotEmpty();
        assertThat(report.screens()).allSatisfy(screen -> assertThat(screen.getJsonArray("planted"))
                .as(screen.getString("user") + " " + screen.getString("name")).isEmpty());
    }
}
