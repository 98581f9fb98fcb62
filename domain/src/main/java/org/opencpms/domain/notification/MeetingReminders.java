package org.opencpms.domain.notification;

import java.time.Instant;
import java.util.List;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;

/**
 * Port: the reminders still to give before meetings, at most one per meeting, each due at its meeting's start minus
 * the reminder lead time.
 *
 * <p>Invariants: scheduling a meeting's reminder again replaces it (a moved meeting is reminded of once, at its new
 * time); a cancelled meeting's reminder is withdrawn; {@link #take} hands a due reminder to one caller only — it is
 * gone once the caller's transaction commits, and back if it rolls back — so each reminder is given once across
 * every node.
 */
public interface MeetingReminders {

    /** A reminder due: the meeting and the panel it belongs to. */
    record Due(MeetingId meeting, PanelId panel) {
    }

    /** Reminds of {@code meeting} at {@code due}, instead of any earlier reminder of it. */
    void schedule(MeetingId meeting, PanelId panel, Instant due);

    /** Gives up the reminder of {@code meeting}, if any. */
    void withdraw(MeetingId meeting);

    /** Takes up to {@code limit} reminders due at {@code now}, in the caller's transaction. */
    List<Due> take(Instant now, int limit);
}
