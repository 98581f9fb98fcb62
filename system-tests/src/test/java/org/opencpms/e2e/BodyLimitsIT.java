package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.token;

import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.dicom.SyntheticCt;

/**
 * What each edge takes in one request body, on the deployed EAR: STOW-RS takes a CT series of more than the server's
 * former 10 MB ceiling, and refuses a body over its own limit ({@code opencpms.dicom.max-instance-mb}, 512 MB) with 413
 * problem+json, storing nothing; REST JSON bodies stay limited to 1 MiB and FHIR bodies to 10 MiB, each refused in its
 * own format before the body is read.
 */
class BodyLimitsIT extends OnTheBuiltEar {

    private static final int SIDE = 512; // 512 x 512 x 16 bits: 512 KiB of pixels per instance

    @Test
    void a_stow_request_of_more_than_ten_megabytes_is_stored_whole() {
        var patient = Clinic.enrolAtBerlin();
        long run = System.currentTimeMillis();
        var files = IntStream.rangeClosed(1, 24)
                .mapToObj(n -> SyntheticCt.file(run, 1, n, SIDE, patient.hospitalIdentifier())).toArray(byte[][]::new);
        byte[] body = DicomWeb.multipart(files);
        assertThat(body.length).isGreaterThan(12 << 20);

        var stored = DicomWeb.stow(token(HP_BERLIN), DicomWeb.MULTIPART, body);

        assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
        assertThat(DicomWebIT.object(DicomWeb.text(stored)).getJsonObject("00081199").getJsonArray("Value")).hasSize(24);
    }

    @Test
    void a_stow_request_over_the_limit_is_refused_with_413_problem_naming_the_limit_and_nothing_is_stored() {
        var patient = Clinic.enrolAtBerlin();
        byte[] start = DicomWeb.multipart(SyntheticCt.file(System.currentTimeMillis(), 1, 1, 16, patient.hospitalIdentifier()));

        var answer = RawPost.send("/dicomweb/studies", Map.of("Authorization", "Bearer " + token(HP_BERLIN),
                "Content-Type", DicomWeb.MULTIPART, "Content-Length", Long.toString(600L << 20)), start);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = DicomWebIT.object(answer.body());
        assertThat(problem.getString("type")).isEqualTo("https://opencpms.org/problems/dicomweb.too-large");
        assertThat(problem.getString("title")).isEqualTo("Request too large");
        assertThat(problem.getString("detail")).contains("512 MB", "opencpms.dicom.max-instance-mb");
        var pseudonym = Api.get("/api/patients/" + patient.id(), token(HP_BERLIN)).json().getString("pseudonymId", "");
        assertThat(DicomWebIT.array(DicomWeb.text(DicomWeb.get(token(HP_BERLIN), "/studies?PatientID=" + pseudonym,
                Map.of())))).as("nothing stored").isEmpty();
    }

    @Test
    void a_rest_json_body_declaring_more_than_one_mebibyte_is_refused_with_413_problem() {
        var answer = RawPost.send("/api/patients", Map.of("Authorization", "Bearer " + token(HP_BERLIN),
                "Content-Type", "application/json", "Content-Length", Long.toString(2L << 20)), "{\"givenName\":".getBytes());

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_fhir_body_declaring_more_than_ten_mebibytes_is_refused_with_413_operation_outcome() {
        var answer = RawPost.send("/fhir/Patient", Map.of("Authorization", "Bearer " + token(HP_BERLIN),
                "Content-Type", "application/fhir+json", "Content-Length", Long.toString(11L << 20)),
                "{\"resourceType\":\"Patient\",".getBytes());

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        assertThat(answer.body()).contains("\"resourceType\":\"OperationOutcome\"", "\"code\":\"too-costly\"", "10 MiB");
    }
}
