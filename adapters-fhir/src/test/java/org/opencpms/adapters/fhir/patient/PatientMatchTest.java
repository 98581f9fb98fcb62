package org.opencpms.adapters.fhir.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.application.patient.FindPatients;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.user.Actor;

class PatientMatchTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final PatientMatch match = new PatientMatch(
            new FindPatients(world.patients, world.consents, world.strict, world.auditing, world.clock));
    private final org.opencpms.domain.shared.ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);

    private static SystemRequestDetails as(Actor actor) {
        var request = new SystemRequestDetails();
        request.getUserData().put("opencpms.actor", actor);
        return request;
    }

    private static void refused(Runnable call, int status, String code, String named) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            var issue = ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep();
            assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(code);
            assertThat(issue.getDiagnostics()).contains(named);
        });
    }

    @Test
    void a_reference_by_identifier_becomes_the_patient_the_caller_handles_and_the_lookup_is_audited() {
        var patient = world.enrol(hp, centre, "MRN-1");
        world.enrol(hp, centre, "MRN-2");

        var location = match.locate("Patient?identifier=urn:oid:1.2.3%7CMRN-1", as(hp));

        assertThat(location).isEqualTo("Patient/" + patient.value());
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.SEARCH);
        assertThat(match.locate("Patient?identifier=MRN-2&gender=female", as(hp))).isNotEqualTo(location);
    }

    @Test
    void no_match_is_a_400_naming_the_reference_also_for_a_patient_the_caller_does_not_see_with_identity() {
        world.enrol(hp, centre, "MRN-1");
        var colleague = world.hp(centre);

        refused(() -> match.locate("Patient?identifier=MRN-9", as(hp)), 400, "reference.no-match",
                "Patient?identifier=MRN-9");
        refused(() -> match.locate("Patient?identifier=MRN-1", as(colleague)), 400, "reference.no-match",
                "Patient?identifier=MRN-1");
    }

    @Test
    void more_than_one_match_is_a_412_naming_the_reference() {
        world.enrol(hp, centre, "MRN-1");
        world.enrol(hp, centre, "MRN-2");

        refused(() -> match.locate("Patient?family=muster", as(hp)), 412, "reference.ambiguous",
                "Patient?family=muster");
    }

    @Test
    void the_pdqm_parameters_are_read_as_the_search_reads_them() {
        var criteria = PatientMatch.criteria("Patient?family=Mu&given=An&birthdate=2010-03-15&gender=female"
                + "&identifier=http://hospital.example/mrn|MRN-1");

        assertThat(criteria).isEqualTo(new FindPatients.Criteria("Mu", "An", PeopleFixtures.BORN, Sex.FEMALE,
                "MRN-1"));
    }

    @Test
    void another_type_parameter_modifier_repetition_or_malformed_day_is_an_unsupported_condition() {
        for (var reference : new String[] {"ServiceRequest?identifier=x", "Patient?name=Muster",
                "Patient?family:exact=Muster", "Patient?identifier=a&identifier=b", "Patient?", "Patient?identifier=",
                "Patient?birthdate=2010-13-45", "Patient?birthdate=ge2010-01-01"}) {
            refused(() -> match.locate(reference, as(hp)), 400, "fhir.unsupported-condition", reference);
        }
    }

    @Test
    void only_a_type_followed_by_a_query_is_a_conditional_reference() {
        assertThat(PatientMatch.isConditional("Patient?identifier=x")).isTrue();
        assertThat(PatientMatch.isConditional("Patient/123")).isFalse();
        assertThat(PatientMatch.isConditional("urn:uuid:5d3c1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d")).isFalse();
        assertThat(PatientMatch.isConditional("#result-1")).isFalse();
    }
}
