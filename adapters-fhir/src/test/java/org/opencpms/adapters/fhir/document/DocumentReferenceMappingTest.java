package org.opencpms.adapters.fhir.document;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class DocumentReferenceMappingTest {

    @Test
    void a_panel_document_is_a_valid_current_document_reference_pointing_at_its_binary_and_its_consultation() {
        var panel = new PanelId(UUID.randomUUID());
        var subject = new FindClinicalEntries.Subject(new PatientId(UUID.randomUUID()), new PseudonymId(UUID.randomUUID()),
                new Nickname("brave-okapi-0427"), Optional.empty());
        var sha = "0123456789abcdef".repeat(4);
        var found = new FindClinicalEntries.PanelEntries(panel, subject, List.of(), List.of(),
                List.of(Attachment.document(sha, "Discharge letter", "application/pdf")));

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
}
