package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.dicom.SyntheticCt;

/**
 * The DICOM viewer in a real browser (src/test/browser/study-viewer.mjs): hp.berlin sends a CT study with STOW-RS — a
 * series of {@value #SLICES} synthetic 512x512 slices and a small second series, with identifiers planted everywhere —
 * and attaches it to a panel hp.paris is a member of. hp.paris opens the study from the panel page, sees the series
 * listed with their counts and an image rendered (canvas pixels not blank), scrolls (the image changes), zooms,
 * rotates, flips, windows and measures a length; then reopens the study by its address three times, timing the first
 * image (Performance API mark of the viewer, and the first non-blank canvas pixels seen by the test). hp.milano,
 * outside the panel, gets no study at that address. axe-core finds no serious or critical violation, no planted value
 * appears on any screen, and the screenshots are kept in target/screenshots/viewer.
 */
class StudyViewerIT extends OnTheBuiltEar {

    static final int SLICES = 500;
    /** The target of issue 14: the first image of a 500-instance CT series within 2 s on this machine class. */
    static final long FIRST_IMAGE_TARGET_MS = 2_000;
    /**
     * The bound on a machine busier than the one the target is for (the 1-minute load average above its number of
     * cores, as when several builds share it): still well under the 13-35 s OHIF's users reported.
     */
    static final long FIRST_IMAGE_OVERLOADED_MS = 10_000;
    private static BrowserRun.Report report;

    @BeforeAll
    static void openTheStudyInChromium() throws IOException {
        var patient = Clinic.enrolAtBerlin();
        long run = System.currentTimeMillis();
        String study = stow(run, 1, SLICES, 512, patient.hospitalIdentifier());
        stow(run, 2, 3, 64, patient.hospitalIdentifier());
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Renal mass on CT"));
        panel.change(HP_BERLIN, "POST", "/studies", J.obj("studyInstanceUid", study, "title", "CT abdomen"));
        panel.refresh(HP_BERLIN);
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        var secrets = new ArrayList<>(SyntheticCt.PLANTED);
        secrets.addAll(List.of(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        var scenario = J.obj("panel", J.obj("id", panel.id(), "nickname", patient.nickname()), "study", study,
                "member", HP_PARIS, "outsider", HP_MILANO, "slices", SLICES, "secrets", J.arr(secrets.toArray()),
                "load", Files.readString(Path.of("/proc/loadavg")).strip());
        report = BrowserRun.run("study-viewer.mjs", scenario, "viewer");
    }

    /** STOWs {@code count} instances of {@code series} ({@code side}x{@code side}) ten at a time (a request stays under the server's 10 MB); answers the study's UID. */
    private static String stow(long run, int series, int count, int side, String hospitalId) {
        String study = null;
        for (int first = 1; first <= count; first += 10) {
            var files = new ArrayList<byte[]>();
            for (int number = first; number < first + 10 && number <= count; number++) {
                files.add(SyntheticCt.file(run, series, number, side, hospitalId));
            }
            var stored = DicomWeb.stow(token(HP_BERLIN), DicomWeb.MULTIPART, DicomWeb.multipart(files.toArray(byte[][]::new)));
            assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
            String url = DicomWebIT.object(DicomWeb.text(stored)).getJsonObject("00081190").getJsonArray("Value").getString(0);
            study = url.substring(url.lastIndexOf('/') + 1);
        }
        return study;
    }

    @Test
    void every_step_in_the_viewer_succeeds_in_the_browser() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.screens()).extracting(screen -> screen.getString("user") + " " + screen.getString("name"))
                .containsExactly("hp.paris 01-panel-with-study", "hp.paris 02-viewer", "hp.paris 03-viewer-scrolled",
                        "hp.paris 04-viewer-measured", "hp.milano 01-no-study");
    }

    @Test
    void a_member_sees_the_first_image_of_the_500_slice_series_within_two_seconds() throws IOException {
        var timing = report.checks().stream().filter(check -> check.getString("name").equals("first image timing"))
                .findFirst().orElseThrow();
        var figures = DicomWebIT.object(timing.getString("detail"));
        var pixels = figures.getJsonArray("pixelsMs").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).sorted().toList();
        var marks = figures.getJsonArray("markMs").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).sorted().toList();
        Files.writeString(Path.of("target", "screenshots", "viewer", "first-image.json"), figures.toString());

        assertThat(pixels).as("three loads of the study's address").hasSize(3);
        assertThat(marks).hasSize(3);
        double load = Double.parseDouble(figures.getString("load").split(" ")[0]);
        long bound = load <= Runtime.getRuntime().availableProcessors() ? FIRST_IMAGE_TARGET_MS : FIRST_IMAGE_OVERLOADED_MS;
        assertThat(pixels.get(1)).as("median ms from navigation to the first non-blank canvas pixels at load %s: %s",
                load, figures).isLessThanOrEqualTo(bound);
    }

    @Test
    void no_viewer_screen_has_a_serious_or_critical_accessibility_violation() {
        assertThat(report.seriousViolations()).isEmpty();
    }

    @Test
    void no_planted_identifier_appears_on_any_viewer_screen() {
        assertThat(report.screens()).hasSize(5).allSatisfy(screen -> assertThat(screen.getJsonArray("planted"))
                .as("%s %s", screen.getString("user"), screen.getString("name")).isEmpty());
    }
}
