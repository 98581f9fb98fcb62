package org.opencpms.domain.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The meetings of one panel, in the order they were scheduled. */
final class Meetings {

    private final List<Meeting> all;

    Meetings(List<Meeting> meetings) {
        this.all = new ArrayList<>(meetings);
    }

    List<Meeting> all() {
        return List.copyOf(all);
    }

    void add(Meeting meeting) {
        all.add(meeting);
    }

    /** The meeting, which must exist and not be cancelled. */
    Meeting active(MeetingId id) {
        Meeting meeting = all.get(indexOf(id));
        if (meeting.isCancelled()) {
            throw new PanelConflict(PanelConflict.MEETING_CANCELLED, "meeting " + id + " was cancelled");
        }
        return meeting;
    }

    /** Replaces the meeting by what {@code change} makes of it; returns the changed meeting. */
    Meeting change(MeetingId id, UnaryOperator<Meeting> change) {
        Meeting changed = change.apply(active(id));
        all.set(indexOf(id), changed);
        return changed;
    }

    private int indexOf(MeetingId id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw PanelItemNotFound.meeting(id);
    }
}
