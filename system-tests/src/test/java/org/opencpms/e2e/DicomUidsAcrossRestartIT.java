package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.process.ServerProcess;
import org.opencpms.e2e.process.ServerSettings;

/**
 * The pseudonymous UIDs of de-identification are derived from the configured key, not remembered: instances of one
 * hospital study sent before and after a restart of the server land in the same pseudonymous study, and an instance
 * keeps its UID.
 */
class DicomUidsAcrossRestartIT {

    private static final String KEY = "ZTJlIHRlc3QgZGljb20gZGUtaWRlbnRpZmljYXRpb24=";

    @Test
    void instances_sent_before_and_after_a_restart_share_their_pseudonymous_study() {
        try (var server = ServerProcess.fresh(ServerSettings.training("dicom-restart", 320)
                .with("opencpms.dicom.deidentification-key", KEY))) {
            var api = Api.at(server.httpUrl());
            var token = api.trainingToken(Accounts.HP_BERLIN);
            var centre = api.get("/api/me", token).json().getJsonArray("grants").getJsonObject(0).getString("centre");
            String hospitalId = "RESTART-" + System.nanoTime();
            var enrolled = api.post("/api/patients", token, J.obj("centre", centre,
                    "identity", J.obj("givenName", "Rita", "familyName", "Restart", "dateOfBirth", "2010-04-05",
                            "sex", "FEMALE", "hospitalIdentifier", hospitalId),
                    "consents", J.arr(Clinic.consent("CARE"), Clinic.consent("SHARING_WITHIN_ERN"))));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            long run = System.currentTimeMillis();
            String before = storedStudy(server.httpUrl(), token, DicomWeb.file(run, 1, 1, hospitalId));
            String instance = firstInstance(server.httpUrl(), token, before);

            server.stop();
            server.start();

            var again = api.trainingToken(Accounts.HP_BERLIN);
            String after = storedStudy(server.httpUrl(), again, DicomWeb.file(run, 1, 2, hospitalId));
            assertThat(after).isEqualTo(before);
            var instances = DicomWebIT.array(DicomWeb.text(DicomWeb.getAt(server.httpUrl(), again,
                    "/studies/" + before + "/instances", Map.of())));
            assertThat(instances).hasSize(2);
            assertThat(instances.stream().map(i -> i.asJsonObject().getJsonObject("00080018").getJsonArray("Value").getString(0)))
                    .contains(instance);
        }
    }

    private static String storedStudy(String base, String token, byte[] file) {
        var stored = DicomWeb.stowAt(base, token, DicomWeb.MULTIPART, DicomWeb.multipart(file));
        assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
        String url = DicomWebIT.object(DicomWeb.text(stored)).getJsonObject("00081190").getJsonArray("Value").getString(0);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String firstInstance(String base, String token, String study) {
        var instances = DicomWebIT.array(DicomWeb.text(DicomWeb.getAt(base, token, "/studies/" + study + "/instances", Map.of())));
        return instances.getJsonObject(0).getJsonObject("00080018").getJsonArray("Value").getString(0);
    }
}
