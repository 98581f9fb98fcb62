package org.opencpms.adapters.pdf.panel;

import java.util.Locale;
import org.opencpms.application.panel.PrintablePanel;

/**
 * The part every panel document starts with: the patient by nickname, age and sex only (the view holds nothing
 * else of them), the lead ERN and lead, the panel's id and state, and when the document was printed.
 */
final class PanelHeader {

    private PanelHeader() {
    }

    static void fill(XhtmlTemplate page, PrintablePanel printable, String css) {
        var panel = printable.panel();
        var patient = panel.patient();
        page.text("css", css)
                .text("nickname", patient.nickname().value())
                .text("age-and-sex", patient.ageInYears() + " years, " + patient.sex().name().toLowerCase(Locale.ROOT))
                .text("lead-ern", panel.leadErn().code() + " (" + panel.leadErn().fullName() + ")")
                .text("lead", printable.nameOf(panel.lead()))
                .text("panel-id", panel.id().value().toString())
                .text("panel-state", Labels.words(panel.state()))
                .text("printed-at", Labels.moment(printable.printedAt()));
    }
}
