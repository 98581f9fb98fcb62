package org.opencpms.application.panel;

/**
 * Port: lays a panel's documents out for print, as files a clinician can keep in the patient's record or hand on.
 *
 * <p>Invariants: an implementation receives views only, so it never sees identifying data of the patient (the
 * document names the patient by nickname, age and sex); it places every text it is given as text, never as markup,
 * whatever characters the text holds; it neither stores nor sends what it renders; the same input renders the same
 * text.
 */
public interface PanelDocuments {

    /**
     * The outcome: the clinical question, the conclusion, recommendations and treatment plan, who drafted it and
     * when, each member's review, and whether and when it was finalised.
     *
     * @param panel a panel that has an outcome ({@code panel.panel().outcome()} is present)
     */
    RenderedDocument outcome(PrintablePanel panel);

    /** The consultation form: reason, clinical question, urgency, clinical sections, coded entries, custom data, attachments. */
    RenderedDocument consultationForm(PrintablePanel panel);
}
