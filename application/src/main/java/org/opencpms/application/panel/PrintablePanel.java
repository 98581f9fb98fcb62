package org.opencpms.application.panel;

import java.time.Instant;
import java.util.Map;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * What a printed panel document shows: the panel as the caller sees it (never identifying data of the patient), the
 * display names of the people it mentions ({@link NamePanelPeople}), and when it was printed.
 */
public record PrintablePanel(PanelView panel, Map<UserId, String> people, Instant printedAt) {

    public PrintablePanel {
        Require.present(panel, "panel");
        people = Map.copyOf(Require.present(people, "people"));
        Require.present(printedAt, "printed-at");
    }

    /** The display name of a user the document mentions; their id when they are no longer known. */
    public String nameOf(UserId user) {
        return people.getOrDefault(user, user.value().toString());
    }
}
