package org.opencpms.adapters.pdf.panel;

import org.opencpms.application.panel.PanelDocuments;
import org.opencpms.application.panel.PrintablePanel;
import org.opencpms.application.panel.RenderedDocument;

/**
 * {@link PanelDocuments} as PDF files: our XHTML templates filled through the DOM ({@link XhtmlTemplate}: data is
 * always text, never markup) and laid out by openhtmltopdf ({@link PdfLayout}). Stateless and thread-safe; the
 * composition root makes the one instance.
 */
public final class PdfPanelDocuments implements PanelDocuments {

    /** The media type of what this adapter renders. */
    public static final String PDF = "application/pdf";

    private final String css = PdfLayout.css();

    @Override
    public RenderedDocument outcome(PrintablePanel panel) {
        return pdf(panel, "outcome", PdfLayout.render(OutcomeSheet.of(panel, css)));
    }

    @Override
    public RenderedDocument consultationForm(PrintablePanel panel) {
        return pdf(panel, "consultation-form", PdfLayout.render(ConsultationFormSheet.of(panel, css)));
    }

    private static RenderedDocument pdf(PrintablePanel panel, String kind, byte[] content) {
        return new RenderedDocument(PDF, panel.panel().patient().nickname().value() + "-" + kind + ".pdf", content);
    }
}
