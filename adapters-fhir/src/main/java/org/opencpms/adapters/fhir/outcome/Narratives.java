package org.opencpms.adapters.fhir.outcome;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** A narrative of plain paragraphs: every text is placed as text (escaped), never parsed as markup. */
final class Narratives {

    private Narratives() {
    }

    static Narrative of(List<String> paragraphs) {
        var div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        paragraphs.forEach(text -> div.addTag("p").addText(text));
        return new Narrative().setStatus(Narrative.NarrativeStatus.ADDITIONAL).setDiv(div);
    }
}
