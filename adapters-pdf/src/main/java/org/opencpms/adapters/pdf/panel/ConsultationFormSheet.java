package org.opencpms.adapters.pdf.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencpms.application.panel.PrintablePanel;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.panel.Attachment;
import org.w3c.dom.Document;

/**
 * The consultation form document: header, reason and clinical question, the clinical sections in the form's order,
 * coded diagnoses and phenotypes, the pedigree drawn from the family history received ({@link PedigreeChart}), the
 * ERN's own fields (by name), and the attachments listed by title (their content is not printed), a pedigree
 * document attached last.
 */
final class ConsultationFormSheet {

    private ConsultationFormSheet() {
    }

    static Document of(PrintablePanel printable, String css) {
        var panel = printable.panel();
        var form = panel.form();
        var page = XhtmlTemplate.load("consultation-form.xhtml");
        var slots = XhtmlTemplate.of(page);
        PanelHeader.fill(slots, printable, css);
        slots.text("title", "Consultation form - " + panel.patient().nickname().value())
                .keepIf("urgent", panel.urgent())
                .text("reason-for-request", form.reasonForRequest())
                .text("clinical-question", form.clinicalQuestion())
                .each("section", form.sections(), (block, section) -> block
                        .text("section-kind", Labels.words(section.kind()))
                        .text("section-text", section.text()));
        coded(slots, "diagnoses", "diagnosis", form.diagnoses());
        coded(slots, "phenotypes", "phenotype", form.phenotypes());
        var pedigree = PedigreeChart.of(panel.patient().nickname().value(), panel.patient().sex(), form.relatives());
        slots.keepIf("pedigree", !pedigree.isEmpty())
                .each("generation", pedigree, (row, generation) -> row
                        .text("generation-label", generation.label())
                        .each("person", generation.people(), (cell, person) -> cell
                                .text("person-symbol", person.symbol())
                                .text("person-relationship", person.relationship())
                                .text("person-conditions", person.conditions())));
        List<Map.Entry<String, String>> custom = new ArrayList<>(new TreeMap<>(form.customData()).entrySet());
        var attachments = new ArrayList<>(panel.attachments());
        form.pedigree().ifPresent(attachments::add);
        slots.keepIf("custom-data", !custom.isEmpty())
                .each("custom-field", custom, (row, field) -> row
                        .text("custom-key", field.getKey())
                        .text("custom-value", field.getValue()))
                .keepIf("attachments", !attachments.isEmpty())
                .each("attachment", attachments, (row, attachment) -> attachmentRow(row, attachment,
                        form.pedigree().filter(attachment::equals).isPresent()));
        return page;
    }

    private static void coded(XhtmlTemplate slots, String block, String row, List<CodedEntry> entries) {
        slots.keepIf(block, !entries.isEmpty())
                .each(row, entries, (line, entry) -> line
                        .text(row + "-system", entry.system().displayName())
                        .text(row + "-code", entry.code())
                        .text(row + "-display", entry.display()));
    }

    private static void attachmentRow(XhtmlTemplate row, Attachment attachment, boolean pedigree) {
        row.text("attachment-kind", pedigree ? "Pedigree" : Labels.words(attachment.kind()))
                .text("attachment-title", attachment.title())
                .text("attachment-media-type", attachment.mediaType());
    }
}
