package org.opencpms.adapters.fhir.outcome;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionAttestationMode;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.application.panel.PrintablePanel;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.shared.UserId;

/**
 * A panel's outcome as a FHIR Composition (its id the panel's): LOINC 11488-4 consult note, {@code final} once the
 * lead finalised it (attested {@code legal} by the lead at that time), {@code preliminary} before; the subject the
 * Patient by id and nickname; the author the health professional who drafted it; one section each for the clinical
 * question, the conclusion, the recommendations and the treatment plan (those with text), and the members' reviews
 * (authored by the reviewers). The same content as the printed outcome, from the same {@link PrintablePanel}.
 */
public final class OutcomeComposition {

    static final String LOINC = "http://loinc.org";
    static final String CONSULT_NOTE = "11488-4";
    static final String SECTIONS = "https://opencpms.org/fhir/CodeSystem/outcome-section";

    private OutcomeComposition() {
    }

    public static Composition of(PrintablePanel printable) {
        var panel = printable.panel();
        var outcome = panel.outcome().orElseThrow();
        var composition = new Composition();
        composition.setId(panel.id().value().toString());
        composition.getMeta().setVersionId(String.valueOf(panel.version()));
        composition.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + panel.id().value()));
        composition.setStatus(outcome.isFinal() ? CompositionStatus.FINAL : CompositionStatus.PRELIMINARY);
        composition.setType(new CodeableConcept(new Coding(LOINC, CONSULT_NOTE, "Consult note")));
        composition.setSubject(new Reference("Patient/" + panel.patient().id().value())
                .setDisplay(panel.patient().nickname().value()));
        composition.setDate(Date.from(outcome.finalisedAt().orElse(outcome.draftedAt())));
        composition.addAuthor(practitioner(printable, outcome.draftedBy()));
        composition.setTitle("Outcome of the expert panel for " + panel.patient().nickname().value());
        outcome.finalisedAt().ifPresent(at -> composition.addAttester().setMode(CompositionAttestationMode.LEGAL)
                .setTime(Date.from(at)).setParty(practitioner(printable, panel.lead())));
        section(composition, "clinical-question", "Clinical question", panel.form().clinicalQuestion());
        section(composition, "conclusion", "Conclusion", outcome.conclusion());
        section(composition, "recommendations", "Recommendations", outcome.recommendations());
        section(composition, "treatment-plan", "Treatment plan", outcome.treatmentPlan());
        reviews(composition, printable, outcome);
        return composition;
    }

    /** Everyone the Composition refers to as a Practitioner: author, attester, reviewers. */
    static List<UserId> people(PrintablePanel printable) {
        var outcome = printable.panel().outcome().orElseThrow();
        var people = new ArrayList<UserId>();
        people.add(outcome.draftedBy());
        if (outcome.isFinal()) {
            people.add(printable.panel().lead());
        }
        outcome.reviews().forEach(review -> people.add(review.reviewer()));
        return people.stream().distinct().toList();
    }

    static Reference practitioner(PrintablePanel printable, UserId user) {
        return new Reference("Practitioner/" + user.value()).setDisplay(printable.nameOf(user));
    }

    private static void section(Composition composition, String code, String title, String text) {
        if (text != null && !text.isBlank()) {
            composition.addSection().setTitle(title).setCode(new CodeableConcept(new Coding(SECTIONS, code, title)))
                    .setText(Narratives.of(List.of(text)));
        }
    }

    private static void reviews(Composition composition, PrintablePanel printable, Outcome outcome) {
        if (outcome.reviews().isEmpty()) {
            return;
        }
        var section = composition.addSection().setTitle("Reviews")
                .setCode(new CodeableConcept(new Coding(SECTIONS, "reviews", "Reviews")));
        var lines = new ArrayList<String>();
        for (var review : outcome.reviews()) {
            section.addAuthor(practitioner(printable, review.reviewer()));
            var verdict = review.agreement() == Agreement.AGREE ? "agrees" : "disagrees";
            lines.add(printable.nameOf(review.reviewer()) + " " + verdict
                    + (review.comment().isEmpty() ? "" : ": " + review.comment()));
        }
        section.setText(Narratives.of(lines));
    }
}
