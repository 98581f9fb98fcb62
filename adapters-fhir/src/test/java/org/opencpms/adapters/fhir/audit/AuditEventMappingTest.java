package org.opencpms.adapters.fhir.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class AuditEventMappingTest {

    private static final FhirValidator VALIDATOR = new IncomingValidation(FhirContext.forR4Cached()).validator();
    private static final Instant AT = Instant.parse("2026-12-07T07:30:00.123Z");

    private static List<String> errors(AuditEvent event) {
        return VALIDATOR.validateWithResult(event).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
    }

    @Test
    void every_audited_action_becomes_a_valid_r4_audit_event_in_the_balp_pattern() {
        for (var action : AuditAction.values()) {
            var entry = new AuditEntry(AT, UserId.random(), action, "Panel", "p-1", PatientId.random(),
                    "fhir 192.0.2.7 client his-charite", "treatment");

            var event = AuditEventMapping.toFhir(entry);

            assertThat(errors(event)).as(action.name()).isEmpty();
            assertThat(event.getSubtype()).extracting(c -> c.getCode()).contains(action.name());
        }
    }

    @Test
    void a_read_through_a_hospital_system_names_the_person_the_client_the_address_and_the_patient_by_id_alone() {
        var user = UserId.random();
        var patient = PatientId.random();
        var entry = new AuditEntry(AT, user, AuditAction.READ, "Patient", patient.value().toString(), patient,
                "fhir 192.0.2.7 client his-charite", "treatment");

        var event = AuditEventMapping.toFhir(entry);

        assertThat(event.getType().getCode()).isEqualTo("rest");
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
        assertThat(event.getRecorded().toInstant()).isEqualTo(AT);
        assertThat(event.getIdElement().getIdPart()).isEqualTo(AuditEventMapping.toFhir(entry).getIdElement().getIdPart())
                .isNotEqualTo(AuditEventMapping.toFhir(new AuditEntry(AT, user, AuditAction.READ, "Patient", "other",
                        patient, "rest", "")).getIdElement().getIdPart());
        assertThat(event.getAgent()).extracting(a -> a.getWho().getIdentifier().getValue())
                .containsExactly(user.value().toString(), "his-charite", null);
        assertThat(event.getAgent().get(0).getRequestor()).isTrue();
        assertThat(event.getAgent().get(0).hasNetwork()).isFalse();
        assertThat(event.getAgent().get(1).getNetwork().getAddress()).isEqualTo("192.0.2.7");
        assertThat(event.getAgent().get(1).getType().getCodingFirstRep().getCode()).isEqualTo("110152");
        assertThat(event.getAgent().get(2).getType().getCodingFirstRep().getCode()).isEqualTo("110153");
        assertThat(event.getAgent().get(2).getWho().getDisplay()).isEqualTo("OpenCPMS");
        assertThat(event.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead");
        assertThat(event.getEntity().get(1).getWhat().getReference()).isEqualTo("Patient/" + patient.value());
        assertThat(event.getPurposeOfEventFirstRep().getText()).isEqualTo("treatment");
    }

    @Test
    void a_change_names_the_client_as_the_source_and_follows_the_balp_update_profile_and_a_search_claims_no_profile() {
        var update = AuditEventMapping.toFhir(new AuditEntry(AT, UserId.random(), AuditAction.TRANSITION, "Panel",
                "p-1", null, "rest 192.0.2.8", ""));
        var search = AuditEventMapping.toFhir(new AuditEntry(AT, UserId.random(), AuditAction.SEARCH, "Panel",
                "p-1", PatientId.random(), "rest 192.0.2.8", ""));

        assertThat(update.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.Update");
        assertThat(update.getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("humanuser", "110153", "110152");
        assertThat(update.getAgent().get(0).getType().getCoding()).extracting(c -> c.getCode()).contains("AUT");
        assertThat(update.getAgent().get(1).getWho().getDisplay()).isEqualTo("OpenCPMS rest client");
        assertThat(search.getMeta().hasProfile()).isFalse();
        assertThat(errors(update)).isEmpty();
        assertThat(errors(search)).isEmpty();
    }

    @Test
    void an_entry_of_the_system_itself_has_no_user_and_no_address() {
        var entry = new AuditEntry(AT, null, AuditAction.UPDATE, "Panel", "p-1", null, "system", "");

        var event = AuditEventMapping.toFhir(entry);

        assertThat(errors(event)).isEmpty();
        assertThat(event.getAgent()).singleElement().satisfies(agent -> {
            assertThat(agent.getWho().hasIdentifier()).isFalse();
            assertThat(agent.hasNetwork()).isFalse();
        });
        assertThat(event.getEntity()).hasSize(1);
    }

    @Test
    void the_search_parameters_become_the_domains_criteria() {
        var patient = PatientId.random();
        var user = UserId.random();
        var action = new TokenOrListParam().add("U").add("D");

        var criteria = AuditSearch.criteria(new ReferenceParam("Patient/" + patient.value()),
                new DateRangeParam("ge2026-12-01", "le2026-12-07"), new ReferenceParam("Practitioner/" + user.value()),
                action);

        assertThat(criteria.patient()).isEqualTo(patient);
        assertThat(criteria.actor()).isEqualTo(user);
        assertThat(criteria.actions()).isEqualTo(Set.of(AuditAction.UPDATE, AuditAction.TRANSITION, AuditAction.DELETE));
        assertThat(criteria.from()).isBefore(criteria.until());
    }

    @Test
    void a_parameter_naming_nothing_that_could_be_recorded_is_a_400_with_its_code() {
        assertThatThrownBy(() -> AuditSearch.criteria(new ReferenceParam("Patient/not-a-uuid"), null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(code(e)).isEqualTo("patient.invalid"));
        assertThatThrownBy(() -> AuditSearch.criteria(null, null, new ReferenceParam("someone"), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(code(e)).isEqualTo("agent.invalid"));
        assertThatThrownBy(() -> AuditSearch.criteria(null, null, null, new TokenOrListParam().add("X")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(code(e)).isEqualTo("action.invalid"));
    }

    private static String code(InvalidRequestException failure) {
        return ((OperationOutcome) failure.getOperationOutcome()).getIssueFirstRep().getDetails().getCodingFirstRep()
                .getCode();
    }
}
