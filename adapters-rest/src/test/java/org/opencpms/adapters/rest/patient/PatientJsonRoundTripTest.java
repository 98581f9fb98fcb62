package org.opencpms.adapters.rest.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientJsonRoundTripTest {

    @Test
    void a_clients_enrolment_json_reads_into_the_request() {
        var json = """
                {"centre": "11111111-1111-4111-8111-111111111111",
                 "identity": {"givenName": "Ada", "familyName": "Quetzalcoatl", "dateOfBirth": "2011-03-14",
                              "sex": "FEMALE", "hospitalIdentifier": "MRN-0042",
                              "nationalIdentifier": {"issuer": "DE", "value": "X123"}},
                 "consents": [{"kind": "CARE", "givenOn": "2025-01-02", "form": {"version": "v3", "language": "de"},
                               "signedDocument": {"storageKey": "consents/42.pdf", "mediaType": "application/pdf"}}]}
                """;

        var request = Json.read(json, EnrolPatientRequest.class);

        assertThat(request.centre()).isEqualTo("11111111-1111-4111-8111-111111111111");
        assertThat(request.enrollingHp()).isNull();
        assertThat(request.identity()).isEqualTo(new IdentifyingDataJson("Ada", "Quetzalcoatl",
                LocalDate.of(2011, 3, 14), "FEMALE", "MRN-0042", new NationalIdentifierJson("DE", "X123")));
        assertThat(request.consents()).containsExactly(PatientMappingTest.careConsent());
    }

    @Test
    void a_patient_json_round_trips_with_iso_dates_and_absent_optionals() {
        var patient = PatientJson.of(PatientMappingTest.view(Optional.of(PatientMappingTest.identity())));

        var json = Json.write(patient);

        assertThat(json).contains("\"dateOfBirth\":\"2011-03-14\"", "\"consentsInForce\":[\"CARE\",\"SHARING_WITHIN_ERN\"]",
                "\"version\":4");
        assertThat(Json.read(json, PatientJson.class)).isEqualTo(patient);
    }
}
