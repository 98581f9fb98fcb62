package org.opencpms.application.notification;

import java.time.Instant;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.shared.PanelId;

/**
 * Keeps the calendar entries ({@link CalendarEntries}) of the meetings whose changes {@link NotifyParticipants}
 * delivers: the meeting as its panel holds it, the patient's nickname, and the SEQUENCE its invitation carries
 * ({@link MeetingFacts#sequence}), so that a calendar merges the feed's entry with the invitation's.
 */
final class CalendarUpdates {

    private final Panels panels;
    private final Deliveries deliveries;
    private final CalendarEntries entries;

    CalendarUpdates(Panels panels, Deliveries deliveries, CalendarEntries entries) {
        this.panels = panels;
        this.deliveries = deliveries;
        this.entries = entries;
    }

    /** Records the meeting as it is after its change at {@code changedAt}; nothing if the panel or meeting is gone. */
    void record(PanelId panelId, MeetingId meetingId, Instant changedAt) {
        panels.find(panelId).ifPresent(panel -> panel.meetings().stream().filter(m -> m.id().equals(meetingId))
                .findFirst().ifPresent(meeting -> entries.save(new CalendarEntry(meetingId, panelId,
                        deliveries.nicknameIn(panelId), meeting.start(), meeting.end(), meeting.videoLink(),
                        MeetingFacts.sequence(changedAt), meeting.isCancelled()), meeting.attendees())));
    }
}
