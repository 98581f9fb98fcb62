package org.opencpms.adapters.fhir.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;
import org.opencpms.application.access.ConcealFromOutsiders.Kind;

class AddressedTest {

    private final UUID id = UUID.randomUUID();

    private static SystemRequestDetails request(String type, RestOperationTypeEnum operation) {
        var request = new SystemRequestDetails();
        request.setResourceName(type);
        request.setRestOperationType(operation);
        return request;
    }

    @Test
    void a_read_or_update_is_addressed_to_its_logical_id() {
        var read = request("Patient", RestOperationTypeEnum.READ);
        read.setId(new IdType("Patient", id.toString()));
        var outcome = request("DiagnosticReport", RestOperationTypeEnum.READ);
        outcome.setId(new IdType("DiagnosticReport", id.toString()));

        assertThat(Addressed.of(read)).contains(new Addressed(Kind.PATIENT, id));
        assertThat(Addressed.of(outcome)).contains(new Addressed(Kind.PANEL, id));
    }

    @Test
    void a_search_of_a_patients_consents_is_addressed_to_that_patient() {
        var search = request("Consent", RestOperationTypeEnum.SEARCH_TYPE);
        search.setParameters(Map.of("patient", new String[] {"Patient/" + id}));
        var bare = request("Consent", RestOperationTypeEnum.SEARCH_TYPE);
        bare.setParameters(Map.of("patient", new String[] {id.toString()}));

        assertThat(Addressed.of(search)).contains(new Addressed(Kind.PATIENT, id));
        assertThat(Addressed.of(bare)).contains(new Addressed(Kind.PATIENT, id));
    }

    @Test
    void a_search_within_a_consultation_is_addressed_to_it() {
        var search = request("ImagingStudy", RestOperationTypeEnum.SEARCH_TYPE);
        search.setParameters(Map.of("basedon", new String[] {"ServiceRequest/" + id}));

        assertThat(Addressed.of(search)).contains(new Addressed(Kind.PANEL, id));
    }

    @Test
    void searches_across_patients_and_ids_that_are_no_uuid_address_nothing() {
        var clinical = request("Condition", RestOperationTypeEnum.SEARCH_TYPE);
        clinical.setParameters(Map.of("patient", new String[] {"Patient/" + id}));
        var odd = request("Consent", RestOperationTypeEnum.SEARCH_TYPE);
        odd.setParameters(Map.of("patient", new String[] {"Patient/not-a-uuid"}));
        var create = request("Consent", RestOperationTypeEnum.CREATE);

        assertThat(Addressed.of(clinical)).isEmpty();
        assertThat(Addressed.of(odd)).isEmpty();
        assertThat(Addressed.of(create)).isEmpty();
    }
}
