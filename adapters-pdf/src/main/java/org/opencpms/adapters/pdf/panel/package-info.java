/**
 * The panel documents as PDF ({@link org.opencpms.adapters.pdf.panel.PdfPanelDocuments}, implementing the
 * application's {@code PanelDocuments} port): the outcome and the consultation form.
 *
 * <p>Invariants: a document is made from a panel view only, so it names the patient by nickname, age and sex and
 * never carries identifying data; every value enters the page as a DOM text node (no markup is ever built from
 * data); the page loads no external resource; openhtmltopdf and PDFBox are used only in this package.
 */
package org.opencpms.adapters.pdf.panel;
