package org.opencpms.adapters.fhir.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentNotFound;

class ReferencesTest {

    private static final String PATIENT = "urn:uuid:5d3c1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d";
    private static final String CONSULTATION = "urn:uuid:0a8b1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d";

    private static final UnaryOperator<String> NO_MATCH = target -> {
        throw new AssertionError("no conditional reference expected: " + target);
    };

    private static Condition condition() {
        var condition = new Condition().setSubject(new Reference(PATIENT));
        condition.addExtension("https://opencpms.org/fhir/StructureDefinition/consultation", new Reference(CONSULTATION));
        return condition;
    }

    @Test
    void references_to_entries_stored_before_become_their_locations_extensions_included() {
        var condition = condition();

        References.resolve(condition, Map.of(PATIENT, "Patient/p1", CONSULTATION, "ServiceRequest/s1"), NO_MATCH);

        assertThat(condition.getSubject().getReference()).isEqualTo("Patient/p1");
        assertThat(((Reference) condition.getExtension().get(0).getValue()).getReference()).isEqualTo("ServiceRequest/s1");
    }

    @Test
    void a_conditional_reference_becomes_where_the_one_match_is_and_literal_references_stay_as_they_are() {
        var condition = new Condition().setSubject(new Reference("Patient?identifier=urn:oid:1.2.3|MRN-1"));
        condition.addExtension("https://opencpms.org/fhir/StructureDefinition/consultation",
                new Reference("ServiceRequest/s1"));

        References.resolve(condition, Map.of(), target -> target.equals("Patient?identifier=urn:oid:1.2.3|MRN-1")
                ? "Patient/p1" : target);

        assertThat(condition.getSubject().getReference()).isEqualTo("Patient/p1");
        assertThat(((Reference) condition.getExtension().get(0).getValue()).getReference()).isEqualTo("ServiceRequest/s1");
    }

    @Test
    void in_a_document_bundle_only_conditional_references_are_resolved_and_a_refusal_names_the_entry() {
        var bundle = new org.hl7.fhir.r4.model.Bundle();
        var list = new org.hl7.fhir.r4.model.ListResource().setSubject(new Reference("Patient?identifier=MRN-1"));
        list.addEntry().setItem(new Reference(CONSULTATION));
        bundle.addEntry().setResource(list);
        bundle.addEntry().setResource(new Condition().setSubject(new Reference("Patient?identifier=MRN-2")));

        assertThatThrownBy(() -> ConditionalReferences.resolve(bundle, target -> {
            if (target.endsWith("MRN-2")) {
                throw EntryFailures.invalid("no match for " + target);
            }
            return "Patient/p1";
        })).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(
                ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                .isEqualTo("Bundle.entry[1]: no match for Patient?identifier=MRN-2"));
        assertThat(list.getSubject().getReference()).isEqualTo("Patient/p1");
        assertThat(list.getEntryFirstRep().getItem().getReference()).isEqualTo(CONSULTATION);
    }

    @Test
    void a_urn_naming_no_entry_stored_before_is_a_400_which_names_the_entry_once() {
        assertThatThrownBy(() -> References.resolve(condition(), Map.of(PATIENT, "Patient/p1"), NO_MATCH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    var named = (ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException) EntryFailures.named(3, e);
                    var issue = ((OperationOutcome) named.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getExpression()).hasSize(1);
                    assertThat(issue.getExpression().get(0).getValue()).isEqualTo("Bundle.entry[3]");
                    assertThat(issue.getDiagnostics()).startsWith("Bundle.entry[3]: refers to " + CONSULTATION);
                    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("transaction.invalid");
                });
    }

    @Test
    void a_domain_refusal_of_an_entry_keeps_its_status_and_code_and_names_the_entry() {
        var named = EntryFailures.named(2, new ConsentNotFound(new ConsentId(java.util.UUID.randomUUID())));

        assertThat(named).isInstanceOfSatisfying(ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException.class,
                e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    var issue = ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("consent.not-found");
                    assertThat(issue.getDiagnostics()).startsWith("Bundle.entry[2]: ");
                    assertThat(issue.getExpression().get(0).getValue()).isEqualTo("Bundle.entry[2]");
                });
    }
}
