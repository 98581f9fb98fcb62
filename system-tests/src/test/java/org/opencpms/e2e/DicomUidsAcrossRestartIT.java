package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.process.ServerProcess;
import org.opencpms.e2e.process.ServerSettings;

/**
 * The pseudonymous UIDs of de-identification are derived from the configured key, not remembered: an instance of a
 * hospital study sent with STOW-RS, then, after a restart of the server, another instance of the same study sent by
 * the hospital's PACS with dcmtk's {@code storescu} to the C-STORE listener, land in the same pseudonymous study,
 * and the first keeps its UID.
 */
class DicomUidsAcrossRestartIT {

    private static final String KEY = "ZTJlIHRlc3QgZGljb20gZGUtaWRlbnRpZmljYXRpb24=";
    private static final int DICOM_PORT = 11432;

    @Test
    void a_pacs_sending_after_a_restart_adds_to_the_same_pseudonymous_study() throws Exception {
        var settings = ServerSettings.training("dicom-restart", 320).with("opencpms.dicom.deidentification-key", KEY);
        String hospitalId = "RESTART-" + System.nanoTime();
        long run = System.currentTimeMillis();
        String centre;
        String study;
        String instance;
        try (var server = ServerProcess.fresh(settings)) {
            var api = Api.at(server.httpUrl());
            var token = api.trainingToken(Accounts.HP_BERLIN);
            centre = api.get("/api/me", token).json().getJsonArray("grants").getJsonObject(0).getString("centre");
            var enrolled = api.post("/api/patients", token, J.obj("centre", centre,
                    "identity", J.obj("givenName", "Rita", "familyName", "Restart", "dateOfBirth", "2010-04-05",
                            "sex", "FEMALE", "hospitalIdentifier", hospitalId),
                    "consents", J.arr(Clinic.consent("CARE"), Clinic.consent("SHARING_WITHIN_ERN"))));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            var stored = DicomWeb.stowAt(server.httpUrl(), token, DicomWeb.MULTIPART,
                    DicomWeb.multipart(DicomWeb.file(run, 1, 1, hospitalId)));
            assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
            String url = DicomWebIT.object(DicomWeb.text(stored)).getJsonObject("00081190").getJsonArray("Value").getString(0);
            study = url.substring(url.lastIndexOf('/') + 1);
            instance = instances(server.httpUrl(), token, study).get(0);
        }

        try (var server = ServerProcess.on(settings.with("opencpms.dicom.calling-ae-titles", "PACS_BERLIN=" + centre)
                .with("opencpms.dicom.port", Integer.toString(DICOM_PORT)))) {
            storescu(DicomWeb.file(run, 1, 2, hospitalId));

            var token = Api.at(server.httpUrl()).trainingToken(Accounts.HP_BERLIN);
            assertThat(instances(server.httpUrl(), token, study)).hasSize(2).contains(instance);
        }
    }

    private static java.util.List<String> instances(String base, String token, String study) {
        var answer = DicomWeb.getAt(base, token, "/studies/" + study + "/instances", Map.of());
        assertThat(answer.statusCode()).as(DicomWeb.text(answer)).isEqualTo(200);
        return DicomWebIT.array(DicomWeb.text(answer)).stream()
                .map(i -> i.asJsonObject().getJsonObject("00080018").getJsonArray("Value").getString(0)).toList();
    }

    /** The hospital's PACS: dcmtk's storescu, with TCP_NODELAY (else about 90 ms per instance). */
    private static void storescu(byte[] file) throws Exception {
        Path dcm = Files.createTempFile("pacs", ".dcm");
        Path log = Files.createTempFile("storescu", ".log");
        try {
            Files.write(dcm, file);
            var command = new ProcessBuilder("storescu", "-aet", "PACS_BERLIN", "-aec", "OPENCPMS", "127.0.0.1",
                    Integer.toString(DICOM_PORT), dcm.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
            command.environment().put("TCP_NODELAY", "1");
            var process = command.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).doesNotContainIgnoringCase("error");
        } finally {
            Files.deleteIfExists(dcm);
            Files.deleteIfExists(log);
        }
    }
}
