package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.dicom.SyntheticCt;

/**
 * DICOMweb on the deployed EAR: a centre's health professional sends a study with STOW-RS (matched to the patient
 * they enrolled, de-identified), attaches it to a panel; a member of the panel finds it with QIDO-RS and fetches it
 * with WADO-RS, with raw HTTP and with OHIF's own client ({@link OhifClient}); a health professional outside the panel
 * gets the very 404 of a study that does not exist; no identifier planted in the study appears in any answer, nor
 * anywhere in the database ({@link StoredDatabase}: the H2 file, or every row on PostgreSQL, where this test runs
 * too) or the server's logs (the patient's identity is stored encrypted only).
 */
class DicomWebIT extends OnTheBuiltEar {

    /** A study of two series sent by hp.berlin for a patient they enrolled, attached to a panel Paris takes part in. */
    record Shared(Clinic.Enrolled patient, String pseudonym, String study, long run) {
    }

    private static Shared shared;

    static synchronized Shared shared() {
        if (shared != null) {
            return shared;
        }
        var patient = Clinic.enrolAtBerlin();
        long run = System.currentTimeMillis();
        var stored = DicomWeb.stow(token(HP_BERLIN), DicomWeb.MULTIPART, DicomWeb.multipart(DicomWeb.file(run, 1, 1, patient.hospitalIdentifier()),
                DicomWeb.file(run, 1, 2, patient.hospitalIdentifier()), DicomWeb.file(run, 2, 1, patient.hospitalIdentifier())));
        assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
        var answer = object(DicomWeb.text(stored));
        assertThat(answer.getJsonObject("00081199").getJsonArray("Value")).hasSize(3);
        String url = answer.getJsonObject("00081190").getJsonArray("Value").getString(0);
        String study = url.substring(url.lastIndexOf('/') + 1);
        assertThat(study).startsWith("2.25.");

        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Cystic kidneys on CT"));
        panel.change(HP_BERLIN, "POST", "/studies", J.obj("studyInstanceUid", study, "title", "CT abdomen"));
        panel.refresh(HP_BERLIN);
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        var seen = Api.get("/api/patients/" + patient.id(), token(HP_BERLIN));
        shared = new Shared(patient, seen.json().getString("pseudonymId", ""), study, run);
        return shared;
    }

    static JsonObject object(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }

    private static String first(JsonObject dataSet, String tag) {
        return dataSet.getJsonObject(tag).getJsonArray("Value").getString(0);
    }

    @Test
    void a_panel_member_finds_and_fetches_the_study_sent_with_stow() {
        var study = shared().study();
        var member = token(HP_PARIS);

        var studies = DicomWeb.get(member, "/studies?StudyInstanceUID=" + study + "&includefield=StudyDescription", Map.of());
        assertThat(studies.statusCode()).as(DicomWeb.text(studies)).isEqualTo(200);
        assertThat(studies.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/dicom+json"));
        var found = array(DicomWeb.text(studies));
        assertThat(found).hasSize(1);
        assertThat(first(found.getJsonObject(0), "0020000D")).isEqualTo(study);
        // 3 instances in 2 series, and one more in a third when OHIF's client has stored it
        assertThat(found.getJsonObject(0).getJsonObject("00201208").getJsonArray("Value").getInt(0)).isBetween(3, 4);
        assertThat(array(DicomWeb.text(DicomWeb.get(member, "/studies/" + study + "/series", Map.of())))).hasSizeBetween(2, 3);
        var instances = array(DicomWeb.text(DicomWeb.get(member, "/studies/" + study + "/instances?limit=2", Map.of())));
        assertThat(instances).hasSize(2);

        var all = DicomWeb.get(member, "/studies/" + study, Map.of("Accept", "multipart/related; type=\"application/dicom\""));
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).startsWith("multipart/related;")
                .contains("type=\"application/dicom\"");
        assertThat(DicomWeb.text(all).split("\r\nContent-Type: application/dicom\r\n", -1)).hasSizeBetween(4, 5);
        var metadata = array(DicomWeb.text(DicomWeb.get(member, "/studies/" + study + "/metadata", Map.of())));
        assertThat(metadata).hasSizeBetween(3, 4);
        assertThat(first(metadata.getJsonObject(0), "00120062")).isEqualTo("YES");
        var instance = instances.getJsonObject(0);
        String path = "/studies/" + study + "/series/" + first(instance, "0020000E") + "/instances/" + first(instance, "00080018");
        assertThat(DicomWeb.get(member, path + "/frames/1", Map.of()).statusCode()).isEqualTo(200);
        var rendered = DicomWeb.get(member, path + "/rendered", Map.of("Accept", "image/jpeg"));
        assertThat(rendered.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(rendered.body()[0] & 0xff).isEqualTo(0xFF);
        assertThat(DicomWeb.get(token(HP_BERLIN), path + "/metadata", Map.of()).statusCode()).as("the sending centre").isEqualTo(200);
    }

    @Test
    void someone_outside_the_panel_gets_the_answer_of_a_study_that_does_not_exist() {
        var study = shared().study();
        var outsider = token(HP_MILANO);

        var refused = DicomWeb.get(outsider, "/studies/" + study + "/metadata", Map.of());
        var unknown = DicomWeb.get(outsider, "/studies/2.25.1234567/metadata", Map.of());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(object(DicomWeb.text(refused)).getString("code")).isEqualTo(object(DicomWeb.text(unknown)).getString("code"))
                .isEqualTo("study.not-found");
        assertThat(DicomWeb.get(outsider, "/studies/" + study, Map.of()).statusCode()).isEqualTo(404);
        assertThat(array(DicomWeb.text(DicomWeb.get(outsider, "/studies?StudyInstanceUID=" + study, Map.of())))).isEmpty();
        assertThat(DicomWeb.get(null, "/studies/" + study, Map.of()).statusCode()).as("no token").isEqualTo(401);
    }

    @Test
    void bad_input_to_stow_is_refused_and_nothing_is_stored() {
        var patient = shared().patient();
        byte[] good = DicomWeb.file(shared().run() + 1, 1, 1, patient.hospitalIdentifier());
        var multipart = DicomWeb.MULTIPART;

        var notDicom = DicomWeb.stow(token(HP_BERLIN), multipart, DicomWeb.multipart("plain text".getBytes(),
                java.util.Arrays.copyOf(good, good.length / 2)));
        var notMultipart = DicomWeb.stow(token(HP_BERLIN), "application/dicom", good);
        var cutShort = DicomWeb.multipart(good);
        var truncatedBody = DicomWeb.stow(token(HP_BERLIN), multipart, java.util.Arrays.copyOf(cutShort, cutShort.length - 40));
        var byAResearcher = DicomWeb.stow(token(Accounts.RESEARCHER_ERKNET), multipart, DicomWeb.multipart(good));

        assertThat(notDicom.statusCode()).isEqualTo(409);
        assertThat(object(DicomWeb.text(notDicom)).getJsonObject("00081198").getJsonArray("Value")).hasSize(2);
        assertThat(notMultipart.statusCode()).isEqualTo(415);
        assertThat(truncatedBody.statusCode()).isEqualTo(400);
        assertThat(byAResearcher.statusCode()).as("a STOW whose every instance is refused (PS3.18: 409 with the reasons)")
                .isEqualTo(409);
        assertThat(array(DicomWeb.text(DicomWeb.get(token(HP_BERLIN), "/studies?PatientID=" + shared().pseudonym(), Map.of()))))
                .as("only the study sent whole").hasSize(1);
    }

    @Test
    void ohifs_dicomweb_client_stores_finds_and_fetches() throws Exception {
        var shared = shared();
        var summary = OhifClient.run(token(HP_BERLIN), token(HP_PARIS), shared.pseudonym(),
                DicomWeb.file(shared.run(), 3, 1, shared.patient().hospitalIdentifier()));

        assertThat(summary.getString("storedStudy")).endsWith("/studies/" + shared.study());
        assertThat(summary.getInt("studies")).isEqualTo(1);
        assertThat(summary.getString("study")).isEqualTo(shared.study());
        assertThat(summary.getInt("series")).isGreaterThanOrEqualTo(2);
        assertThat(summary.getInt("metadata")).isEqualTo(4);
        assertThat(summary.getString("patientIdInMetadata")).isEqualTo(shared.pseudonym());
        assertThat(summary.getString("dicmAt128")).isEqualTo("DICM");
        assertThat(summary.getInt("frameBytes")).isEqualTo(16 * 16 * 2);
        var png = summary.getJsonObject("png");
        assertThat(png.getInt("status")).as("rendered PNG: %s", png).isEqualTo(200);
        assertThat(png.getString("contentType")).isEqualTo("image/png");
        assertThat(png.getString("signature")).as("PNG signature").isEqualTo("89504e47");
        assertThat(List.of(png.getInt("width"), png.getInt("height"))).containsExactly(16, 16);
        var jpeg = summary.getJsonObject("jpeg");
        assertThat(jpeg.getInt("status")).as("rendered JPEG: %s", jpeg).isEqualTo(200);
        assertThat(jpeg.getString("contentType")).isEqualTo("image/jpeg");
        assertThat(jpeg.getString("signature")).as("JPEG start of image").startsWith("ffd8");
        assertThat(List.of(jpeg.getInt("width"), jpeg.getInt("height"))).containsExactly(16, 16);
    }

    @Test
    void no_planted_identifier_appears_in_any_dicomweb_answer() throws Exception {
        a_panel_member_finds_and_fetches_the_study_sent_with_stow();
        ohifs_dicomweb_client_stores_finds_and_fetches();

        String answered;
        synchronized (DicomWeb.ANSWERED) {
            answered = DicomWeb.ANSWERED + OhifClient.CAPTURED.toString();
        }
        assertThat(answered.length()).isGreaterThan(20_000);
        assertThat(SyntheticCt.plantedIn(answered)).isEmpty();
        assertThat(answered).doesNotContain(shared().patient().hospitalIdentifier(), shared().patient().familyName(),
                shared().patient().givenName());
    }

    @Test
    void no_planted_identifier_is_kept_in_the_database_nor_written_to_any_log() throws Exception {
        a_panel_member_finds_and_fetches_the_study_sent_with_stow();
        bad_input_to_stow_is_refused_and_nothing_is_stored();
        var patient = shared().patient();
        var planted = List.of(patient.hospitalIdentifier(), patient.familyName(), patient.givenName());

        // the H2 file whole, or every row on PostgreSQL: the identity table holds the identity encrypted only
        String stored = StoredDatabase.text();
        assertThat(stored).as("the database").contains(shared().study());
        assertThat(SyntheticCt.plantedIn(stored)).as("DICOM identifiers in the database").isEmpty();
        assertThat(planted).as("the patient's identity in clear in the database").noneMatch(stored::contains);

        try (Stream<Path> logs = Files.list(Path.of(System.getProperty("jboss.home"), "standalone", "log"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertThat(SyntheticCt.plantedIn(text)).as("DICOM identifiers in %s", log).isEmpty();
                assertThat(planted).as("the patient's identity in %s", log).noneMatch(text::contains);
            }
        }
    }
}
