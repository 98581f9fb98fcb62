package org.opencpms.adapters.fhir.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.PanelId;

class DocumentBundleTest {

    private final String patient = UUID.randomUUID().toString();
    private final String panel = UUID.randomUUID().toString();

    private Bundle bundle(String attachmentUrl) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry().setResource(new ListResource()).getRequest().setMethod(Bundle.HTTPVerb.POST);
        var reference = new DocumentReference().setSubject(new Reference("Patient/" + patient));
        reference.getContext().addRelated(new Reference("ServiceRequest/" + panel));
        reference.addContent().getAttachment().setContentType("application/pdf").setTitle("Biopsy").setUrl(attachmentUrl);
        bundle.addEntry().setResource(reference).getRequest().setMethod(Bundle.HTTPVerb.POST);
        bundle.addEntry().setFullUrl("urn:uuid:1").setResource(new Binary().setContentType("application/pdf")
                .setData("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).getRequest().setMethod(Bundle.HTTPVerb.POST);
        return bundle;
    }

    @Test
    void a_submission_set_a_document_reference_and_its_binary_make_one_document_for_the_consultation() {
        var read = DocumentBundle.of(bundle("urn:uuid:1"));

        assertThat(read.consultation().value().toString()).isEqualTo(panel);
        assertThat(read.subject().value().toString()).isEqualTo(patient);
        assertThat(read.documents()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Biopsy");
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(new String(d.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
        });
    }

    @Test
    void an_attachment_naming_no_binary_of_the_bundle_is_refused_at_its_url() {
        assertThatThrownBy(() -> DocumentBundle.of(bundle("urn:uuid:2")))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageStartingWith("Bundle.entry[2].fullUrl: no DocumentReference's attachment url names this Binary");
    }

    @Test
    void a_document_id_holds_the_panel_and_a_key_prefix_and_reads_back() {
        var id = new PanelId(UUID.fromString(panel));

        var text = DocumentIds.of(id, "ab".repeat(32));

        assertThat(text).hasSize(64);
        assertThat(DocumentIds.parse(new IdType("Binary", text))).isEqualTo(new DocumentIds(id, "ab".repeat(16)));
    }
}
