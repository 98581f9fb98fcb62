package org.opencpms.adapters.fhir.document;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class DocumentReferenceMappingTest {

    @Test
    void a_panel_document_is_a_valid_current_document_reference_pointing_at_its_binary_and_its_consultation() {
        var panel = new PanelId(UUID.randomUUID());
        var subject = new FindClinicalEntries.Subject(new PatientId(UUID.randomUUID()), new PseudonymId(UUID.randomUUID()),
                new Nickname("brave-okapi-0427"), Optional.empty());
        var sha = "0123456789abcdef".repeat(4);
        var found = new FindClinicalEntries.PanelEntries(panel, subject, List.of(), List.of(), List.of(), List.of(),
                List.of(Attachment.document(sha, "Discharge letter", "application/pdf")), Optional.empty());

        var reference = DocumentReferenceMapping.of(List.of(found)).get(0);

        assertThat(reference.getIdElement().getIdPart()).hasSize(64);
        assertThat(reference.getContentFirstRep().getAttachment().getUrl())
                .isEqualTo("Binary/" + reference.getIdElement().getIdPart());
        assertThat(reference.getMasterIdentifier().getValue()).isEqualTo("ni:///sha-256;ASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8");
        assertThat(reference.getContext().getRelatedFirstRep().getReference()).isEqualTo("ServiceRequest/" + panel.value());
        var errors = new IncomingValidation(FhirContext.forR4Cached()).validator().validateWithResult(reference)
                .getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void a_drafted_outcome_is_a_valid_preliminary_consult_note_whose_pdf_is_the_outcome_binary() {
        var panel = new PanelId(UUID.randomUUID());
        var subject = new FindClinicalEntries.Subject(new PatientId(UUID.randomUUID()), new PseudonymId(UUID.randomUUID()),
                new Nickname("brave-okapi-0427"), Optional.empty());
        var outcome = new Outcome("Alport syndrome", "", "", UserId.random(), Instant.parse("2025-03-14T10:00:00Z"),
                List.of(), Optional.empty());
        var found = new FindClinicalEntries.PanelEntries(panel, subject, List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.of(outcome));

        var reference = DocumentReferenceMapping.of(List.of(found)).get(1);

        assertThat(reference.getIdElement().getIdPart()).isEqualTo("outcome-" + panel.value());
        assertThat(reference.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        assertThat(reference.getType().getCodingFirstRep().getCode()).isEqualTo("11488-4");
        assertThat(reference.getContentFirstRep().getAttachment().getContentType()).isEqualTo("application/pdf");
        assertThat(reference.getContentFirstRep().getAttachment().getUrl()).isEqualTo("Binary/outcome-" + panel.value());
        var errors = new IncomingValidation(FhirContext.forR4Cached()).validator().validateWithResult(reference)
                .getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void every_panels_consultation_form_is_a_valid_referral_note_whose_pdf_is_the_form_binary_after_its_documents() {
        var panel = new PanelId(UUID.randomUUID());
        var subject = new FindClinicalEntries.Subject(new PatientId(UUID.randomUUID()), new PseudonymId(UUID.randomUUID()),
                new Nickname("brave-okapi-0427"), Optional.empty());
        var found = new FindClinicalEntries.PanelEntries(panel, subject, List.of(), List.of(), List.of(), List.of(),
                List.of(Attachment.document("0123456789abcdef".repeat(4), "Discharge letter", "text/plain")),
                Optional.empty());

        var references = DocumentReferenceMapping.of(List.of(found));

        assertThat(references).hasSize(2);
        var form = references.get(1);
        assertThat(form.getIdElement().getIdPart()).isEqualTo("form-" + panel.value());
        assertThat(form.getType().getCodingFirstRep().getCode()).isEqualTo("57133-1");
        assertThat(form.getDescription()).isEqualTo("Consultation form");
        assertThat(form.getContentFirstRep().getAttachment().getContentType()).isEqualTo("application/pdf");
        assertThat(form.getContentFirstRep().getAttachment().getUrl()).isEqualTo("Binary/form-" + panel.value());
        assertThat(form.getContext().getRelatedFirstRep().getReference()).isEqualTo("ServiceRequest/" + panel.value());
        var errors = new IncomingValidation(FhirContext.forR4Cached()).validator().validateWithResult(form)
                .getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertThat(errors).isEmpty();
    }
}
