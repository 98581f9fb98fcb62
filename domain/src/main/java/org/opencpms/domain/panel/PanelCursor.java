package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.Comparator;
import org.opencpms.domain.shared.CursorTokens;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;

/**
 * A position in a user's "my panels" list ({@link Panels#involving(org.opencpms.domain.shared.UserId,
 * java.util.Optional, int)}): the drafting time and id of the last panel a page showed. The list is
 * ordered by {@link #LIST_ORDER}; the next page holds the panels after this position, so that panels
 * drafted or joined meanwhile never shift or repeat a panel already seen. A position need not be a
 * stored panel's.
 *
 * <p>{@link #token()} is its opaque text for clients, {@link #parse(String)} reads it back.
 */
public record PanelCursor(Instant draftedAt, PanelId id) {

    /** The order of "my panels": the most recently drafted first, ties by id as its canonical text. */
    public static final Comparator<PanelCursor> LIST_ORDER = Comparator.comparing(PanelCursor::draftedAt)
            .reversed().thenComparing(cursor -> cursor.id().toString());

    public PanelCursor {
        Require.present(draftedAt, "cursor");
        Require.present(id, "cursor");
    }

    /** The position of this panel. */
    public static PanelCursor of(Panel panel) {
        return new PanelCursor(panel.draftedAt(), panel.id());
    }

    /** Whether the panel comes after this position in the list. */
    public boolean precedes(Panel panel) {
        return LIST_ORDER.compare(this, of(panel)) < 0;
    }

    /** The opaque text of this position (base64url of the drafting time and the id). */
    public String token() {
        return CursorTokens.write(draftedAt.toString(), id.toString());
    }

    /**
     * The position a {@link #token()} stands for.
     *
     * @throws org.opencpms.domain.shared.InvalidValue {@code cursor.invalid} if the text is not a token
     *         of a panel list
     */
    public static PanelCursor parse(String token) {
        return CursorTokens.read(token, 2, values -> new PanelCursor(Instant.parse(values.get(0)),
                PanelId.of(values.get(1))), PanelCursor::token);
    }
}
