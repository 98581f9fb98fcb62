package org.opencpms.adapters.fhir.outcome;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.application.panel.PrintPanelDocument.Document;
import org.opencpms.domain.shared.PanelId;

/**
 * The logical id of a panel's printed document ({@link org.opencpms.application.panel.PrintPanelDocument}), for its
 * DocumentReference and its Binary: {@code outcome-} or {@code form-} (the consultation form) and the panel's id (a
 * document attached to the form has a 64-hex-digit id instead, so the two never meet).
 */
public record PrintedIds(PanelId panel, Document document) {

    private static final Map<Document, String> PREFIXES = Map.of(Document.OUTCOME, "outcome-",
            Document.CONSULTATION_FORM, "form-");

    public static String of(PanelId panel, Document document) {
        return PREFIXES.get(document) + panel.value();
    }

    /** The panel and document an id names; empty for an id of another shape. */
    public static Optional<PrintedIds> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (var prefix : PREFIXES.entrySet()) {
            if (id.startsWith(prefix.getValue())) {
                try {
                    var panel = new PanelId(UUID.fromString(id.substring(prefix.getValue().length())));
                    return Optional.of(new PrintedIds(panel, prefix.getKey()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
