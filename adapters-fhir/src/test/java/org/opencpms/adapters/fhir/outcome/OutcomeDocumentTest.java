package org.opencpms.adapters.fhir.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.PLANTED;
import static org.opencpms.application.PanelFixtures.assertRefused;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.panel.ViewOutcome;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * The outcome as a FHIR document, a Composition and a DiagnosticReport, made by {@link ViewOutcome} on the in-memory
 * world whose patient has planted identifying data, and checked with HAPI's instance validator against R4.
 */
class OutcomeDocumentTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = new IncomingValidation(FHIR).validator();
    private static final String BASE = "https://cpms.example.eu/fhir";

    private final PanelFixtures world = new PanelFixtures();
    private final ViewOutcome view = new ViewOutcome(world.panels, world.patients, world.users, world.policy,
            world.auditing, world.clock);
    private final Actor member = world.expert(ERN);

    private static List<String> errors(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    }

    private PanelId reviewedAndClosed() {
        var panel = world.withOutcomeDraft(member);
        world.change(panel, p -> p.reviewOutcome(member, Agreement.AGREE, "Fully <b>agree</b> & more", NOW));
        world.change(panel, p -> p.finaliseOutcome(world.lead, NOW));
        return panel;
    }

    @Test
    void a_closed_panels_outcome_is_a_valid_document_bundle_with_the_composition_first_and_no_identifying_data() {
        var panel = reviewedAndClosed();

        var document = OutcomeDocument.of(view.handle(new ViewOutcome.Query(member, panel)), BASE);

        assertThat(errors(document)).isEmpty();
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(document.getIdentifier().getValue()).startsWith("urn:uuid:");
        var composition = (Composition) document.getEntryFirstRep().getResource();
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(composition.getSection()).extracting(Composition.SectionComponent::getTitle)
                .containsExactly("Clinical question", "Conclusion", "Recommendations", "Treatment plan", "Reviews");
        assertThat(composition.getAuthorFirstRep().getDisplay()).isEqualTo("Doctor 1");
        assertThat(document.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactly("Composition", "Patient", "Practitioner", "Practitioner");
        var patient = (Patient) document.getEntry().get(1).getResource();
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("brave-okapi-0427");
        assertThat(document.getEntry().get(1).getFullUrl()).isEqualTo(BASE + "/" + composition.getSubject().getReference());
        assertThat(document.getEntry().stream().skip(2).map(e -> ((Practitioner) e.getResource()).getNameFirstRep()
                .getText())).containsExactly("Doctor 1", "Doctor 2");
        var json = FHIR.newJsonParser().encodeResourceToString(document);
        assertThat(json).contains("Fully &lt;b&gt;agree&lt;/b&gt; &amp; more").doesNotContain("<b>agree");
        PLANTED.forEach(secret -> assertThat(json).doesNotContain(secret));
        world.assertAudited(AuditAction.READ, member, panel);
        assertThat(world.lastAudit().purpose()).isEqualTo("view outcome");
    }

    @Test
    void the_outcome_as_a_diagnostic_report_refers_to_its_composition_and_its_pdf_and_is_valid() {
        var panel = reviewedAndClosed();

        var report = OutcomeReport.of(view.handle(new ViewOutcome.Query(world.lead, panel)));

        assertThat(errors(report)).isEmpty();
        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(report.getConclusion()).isEqualTo("Alport syndrome");
        assertThat(report.getPresentedFormFirstRep().getUrl()).isEqualTo("Binary/outcome-" + panel.value());
        assertThat(report.getExtensionByUrl(OutcomeReport.COMPOSITION).getValue())
                .satisfies(v -> assertThat(((org.hl7.fhir.r4.model.Reference) v).getReference())
                        .isEqualTo("Composition/" + panel.value()));
        PLANTED.forEach(secret -> assertThat(FHIR.newJsonParser().encodeResourceToString(report)).doesNotContain(secret));
    }

    @Test
    void a_draft_outcome_is_a_preliminary_composition_without_attester() {
        var composition = OutcomeComposition.of(view.handle(new ViewOutcome.Query(world.lead,
                world.withOutcomeDraft(member))));

        assertThat(errors(composition)).isEmpty();
        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
        assertThat(composition.getAttester()).isEmpty();
    }

    @Test
    void an_outsider_gets_the_panels_not_found_and_a_panel_without_outcome_the_outcomes() {
        var panel = reviewedAndClosed();
        var outsider = world.person(RoleGrant.healthProfessional(ERN, world.otherCentre));

        assertRefused(() -> view.handle(new ViewOutcome.Query(outsider, panel)), "panel.not-found");
        assertRefused(() -> view.handle(new ViewOutcome.Query(world.lead, world.inSignOff(member))),
                "panel.outcome-not-found");
    }
}
