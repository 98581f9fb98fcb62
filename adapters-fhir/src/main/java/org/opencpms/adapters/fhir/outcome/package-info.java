/**
 * A panel's outcome over FHIR: the Composition and the document Bundle holding it, with the pseudonymised Patient and
 * the health professionals as Practitioners; the DiagnosticReport that refers to the Composition; and the ids of the
 * printed outcome (a PDF) as a DocumentReference and Binary.
 *
 * <p>Invariants: everything is made from the panel as the caller may see it ({@code ViewOutcome},
 * {@code PrintPanelDocument}), so only those who may see the panel get it, and it never carries identifying data of
 * the patient (nickname, age and sex only, as in the printed outcome); every text is placed as text, never as markup.
 */
package org.opencpms.adapters.fhir.outcome;
