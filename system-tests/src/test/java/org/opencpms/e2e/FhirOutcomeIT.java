package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.FhirIT.client;
import static org.opencpms.e2e.FhirIT.code;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A closed panel's outcome over FHIR, as the enrolling centre's hospital system fetches it: the document Bundle
 * ({@code Composition/<id>/$document}), the Composition, the DiagnosticReport referring to it, and the printed outcome
 * and the consultation form found as DocumentReferences (MHD ITI-67) and retrieved as PDFs (ITI-68) — none carrying
 * the identifying data planted at enrolment, and each valid R4 (HAPI's instance validator). Whoever may not see the panel gets the 404 of
 * an unknown panel for each of them.
 */
class FhirOutcomeIT extends OnTheBuiltEar {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void the_enrolling_centre_fetches_a_closed_panels_outcome_as_a_fhir_document_a_report_and_a_pdf_and_its_form_as_a_pdf() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = FhirIT.enrolAtBerlin(mrn);
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR outcome probe"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", Accounts.id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", Accounts.id(HP_NIJMEGEN)));
        panel.change(HP_NIJMEGEN, "POST", "/invitation/acceptance", null);
        panel.change(HP_BERLIN, "POST", "/assessment", null);
        panel.change(HP_PARIS, "POST", "/contributions", J.obj("text", "Test COL4A5 first."));
        panel.change(HP_NIJMEGEN, "POST", "/contributions", J.obj("text", "Audiogram too."));
        panel.change(HP_BERLIN, "POST", "/sign-off", null);
        var berlin = client(HP_BERLIN);
        assertThatThrownBy(() -> berlin.read().resource(Composition.class).withId(panel.id()).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(code(e)).isEqualTo("panel.outcome-not-found");
                });
        panel.change(HP_BERLIN, "PUT", "/outcome", J.obj("conclusion", "Alport syndrome <FHIR>",
                "recommendations", "Genetic testing of COL4A5.", "treatmentPlan", "ACE inhibitor."));
        panel.change(HP_PARIS, "POST", "/outcome/reviews", J.obj("agreement", "AGREE", "comment", "Agreed."));
        panel.change(HP_BERLIN, "POST", "/outcome/finalisation", null);
        panel.change(HP_BERLIN, "POST", "/closure", null);

        var document = document(berlin, panel.id());

        assertThat(FhirIT.errors(document)).isEmpty();
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        var composition = (Composition) document.getEntryFirstRep().getResource();
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(composition.getSubject().getReference()).isEqualTo("Patient/" + patient);
        assertThat(composition.getSection()).extracting(Composition.SectionComponent::getTitle)
                .containsExactly("Clinical question", "Conclusion", "Recommendations", "Treatment plan", "Reviews");
        assertThat(document.getEntry()).extracting(e -> e.getResource().fhirType())
                .startsWith("Composition", "Patient").contains("Practitioner");
        var pseudonymised = (Patient) document.getEntry().get(1).getResource();
        assertThat(pseudonymised.hasBirthDate()).isFalse();
        assertThat(pseudonymised.getNameFirstRep().getFamily()).isNull();
        var json = FHIR.newJsonParser().encodeResourceToString(document);
        assertThat(json).contains("Alport syndrome &lt;FHIR&gt;", "Genetic testing of COL4A5.", "Agreed.")
                .doesNotContain(mrn, "Fhirmann", "Greta", "2012-05-04");
        assertThat(berlin.read().resource(Composition.class).withId(panel.id()).execute().getTitle())
                .isEqualTo(composition.getTitle());

        var report = berlin.read().resource(DiagnosticReport.class).withId(panel.id()).execute();
        assertThat(FhirIT.errors(report)).isEmpty();
        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(report.getConclusion()).isEqualTo("Alport syndrome <FHIR>");
        var pdfUrl = "Binary/outcome-" + panel.id();
        assertThat(report.getPresentedFormFirstRep().getUrl()).isEqualTo(pdfUrl);

        var found = berlin.search().forResource(DocumentReference.class).where(DocumentReference.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute();
        assertThat(FhirIT.errors(found)).isEmpty();
        assertThat(found.getEntry()).extracting(e -> ((DocumentReference) e.getResource()).getContentFirstRep()
                .getAttachment().getUrl()).contains(pdfUrl);
        var pdf = Api.download("/fhir/" + pdfUrl, Accounts.token(HP_BERLIN), "application/pdf");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(Pdfs.text(pdf.body())).contains("Final outcome", "Alport syndrome <FHIR>", "ACE inhibitor.")
                .doesNotContain(mrn, "Fhirmann", "Greta");

        var formUrl = "Binary/form-" + panel.id();
        var form = found.getEntry().stream().map(e -> (DocumentReference) e.getResource())
                .filter(r -> formUrl.equals(r.getContentFirstRep().getAttachment().getUrl())).findFirst().orElseThrow();
        assertThat(form.getType().getCodingFirstRep().getCode()).isEqualTo("57133-1");
        assertThat(form.getContentFirstRep().getAttachment().getContentType()).isEqualTo("application/pdf");
        var formPdf = Api.download("/fhir/" + formUrl, Accounts.token(HP_BERLIN), "application/pdf");
        assertThat(formPdf.status()).as(formPdf.text()).isEqualTo(200);
        assertThat(formPdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(Pdfs.text(formPdf.body())).contains("Consultation form", form.getSubject().getDisplay(),
                        "FHIR outcome probe", "Proteinuria since the age of three.", "N04.1")
                .doesNotContain(mrn, "Fhirmann", "Greta", "2012-05-04");
        var page = Pdfs.firstPage(formPdf.body());
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());
    }

    @Test
    void whoever_may_not_see_the_panel_gets_the_404_of_an_unknown_one_for_the_outcome_in_every_form() {
        var patient = FhirIT.enrolAtBerlin("MRN-" + Clinic.unique());
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR hidden outcome")).id();
        var milano = client(HP_MILANO);

        for (var id : new String[] {panel, UUID.randomUUID().toString(), "not-a-uuid"}) {
            assertThatThrownBy(() -> milano.read().resource(Composition.class).withId(id).execute())
                    .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(404);
                        assertThat(code(e)).isEqualTo("panel.not-found");
                    });
            assertThatThrownBy(() -> document(milano, id)).isInstanceOfSatisfying(BaseServerResponseException.class,
                    e -> assertThat(code(e)).isEqualTo("panel.not-found"));
            assertThatThrownBy(() -> milano.read().resource(DiagnosticReport.class).withId(id).execute())
                    .isInstanceOfSatisfying(BaseServerResponseException.class,
                            e -> assertThat(code(e)).isEqualTo("panel.not-found"));
        }
        for (var binary : new String[] {"outcome-" + panel, "form-" + panel}) {
            var pdf = Api.download("/fhir/Binary/" + binary, Accounts.token(HP_MILANO), "application/pdf");
            assertThat(pdf.status()).as(binary).isEqualTo(404);
            assertThat(pdf.text()).contains("panel.not-found");
        }
    }

    static Bundle document(IGenericClient client, String panel) {
        return client.operation().onInstance(new IdType("Composition", panel)).named("$document")
                .withNoParameters(Parameters.class).returnResourceType(Bundle.class).useHttpGet().execute();
    }
}
