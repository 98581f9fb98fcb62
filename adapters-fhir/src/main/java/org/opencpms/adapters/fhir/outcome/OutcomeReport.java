package org.opencpms.adapters.fhir.outcome;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.application.panel.PrintPanelDocument;
import org.opencpms.application.panel.PrintablePanel;

/**
 * A panel's outcome as a DiagnosticReport (its id the panel's), for systems that file reports rather than documents:
 * LOINC 11488-4 consult note, {@code final} once finalised, {@code preliminary} before; the subject the Patient by id
 * and nickname; performed by who drafted it; based on the consultation (ServiceRequest); its conclusion the outcome's;
 * the printed outcome as its presented form ({@code Binary/outcome-<panel id>}, a PDF); and the Composition it
 * summarises in the {@value #COMPOSITION} extension (R4 has no element for it; R5 calls it
 * {@code DiagnosticReport.composition}).
 */
public final class OutcomeReport {

    public static final String COMPOSITION = "https://opencpms.org/fhir/StructureDefinition/composition";

    private OutcomeReport() {
    }

    public static DiagnosticReport of(PrintablePanel printable) {
        var panel = printable.panel();
        var outcome = panel.outcome().orElseThrow();
        var report = new DiagnosticReport();
        report.setId(panel.id().value().toString());
        report.getMeta().setVersionId(String.valueOf(panel.version()));
        report.setStatus(outcome.isFinal() ? DiagnosticReportStatus.FINAL : DiagnosticReportStatus.PRELIMINARY);
        report.setCode(new CodeableConcept(new Coding(OutcomeComposition.LOINC, OutcomeComposition.CONSULT_NOTE,
                "Consult note")));
        report.addBasedOn(new Reference("ServiceRequest/" + panel.id().value()));
        report.setSubject(new Reference("Patient/" + panel.patient().id().value())
                .setDisplay(panel.patient().nickname().value()));
        report.setIssued(Date.from(outcome.finalisedAt().orElse(outcome.draftedAt())));
        report.addPerformer(OutcomeComposition.practitioner(printable, outcome.draftedBy()));
        report.setConclusion(outcome.conclusion());
        report.addPresentedForm().setContentType("application/pdf").setTitle("Panel outcome")
                .setUrl("Binary/" + PrintedIds.of(panel.id(), PrintPanelDocument.Document.OUTCOME));
        report.addExtension(COMPOSITION, new Reference("Composition/" + panel.id().value()));
        return report;
    }
}
