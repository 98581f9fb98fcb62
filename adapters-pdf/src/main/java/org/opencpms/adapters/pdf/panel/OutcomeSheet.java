package org.opencpms.adapters.pdf.panel;

import org.opencpms.application.panel.PrintablePanel;
import org.opencpms.domain.panel.Agreement;
import org.w3c.dom.Document;

/** The outcome document: header, clinical question, the outcome's texts, who drafted and finalised it, the reviews. */
final class OutcomeSheet {

    private OutcomeSheet() {
    }

    /** The filled page; the panel has an outcome. */
    static Document of(PrintablePanel printable, String css) {
        var panel = printable.panel();
        var outcome = panel.outcome().orElseThrow(() -> new IllegalArgumentException("the panel has no outcome"));
        var page = XhtmlTemplate.load("outcome.xhtml");
        var slots = XhtmlTemplate.of(page);
        PanelHeader.fill(slots, printable, css);
        slots.text("title", "Outcome - " + panel.patient().nickname().value())
                .keepIf("final", outcome.isFinal())
                .keepIf("draft", !outcome.isFinal())
                .text("clinical-question", panel.form().clinicalQuestion())
                .text("conclusion", outcome.conclusion())
                .keepIf("recommendations", !outcome.recommendations().isBlank())
                .text("recommendations", outcome.recommendations())
                .keepIf("treatment-plan", !outcome.treatmentPlan().isBlank())
                .text("treatment-plan", outcome.treatmentPlan())
                .text("drafted-by", printable.nameOf(outcome.draftedBy()))
                .text("drafted-at", Labels.moment(outcome.draftedAt()))
                .text("finalised-at", Labels.moment(outcome.finalisedAt(), "not finalised"))
                .keepIf("no-reviews", outcome.reviews().isEmpty())
                .keepIf("reviews", !outcome.reviews().isEmpty())
                .each("review", outcome.reviews(), (row, review) -> row
                        .text("reviewer", printable.nameOf(review.reviewer()))
                        .text("agreement", review.agreement() == Agreement.AGREE ? "Agrees" : "Disagrees")
                        .text("reviewed-at", Labels.moment(review.at()))
                        .text("review-comment", review.comment()));
        return page;
    }
}
