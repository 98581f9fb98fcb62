package org.opencpms.domain.calendar;

import java.time.Instant;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;

/**
 * A meeting as calendars show it: when, where (the video link), about which panel and patient (nickname only),
 * whether it was cancelled, and the SEQUENCE of its last change (grows with every change).
 */
public record CalendarEntry(MeetingId meeting, PanelId panel, String nickname, Instant start, Instant end,
                            VideoLink video, long sequence, boolean cancelled) {

    public CalendarEntry {
        Require.present(meeting, "calendar-entry");
        Require.present(panel, "calendar-entry");
        Require.text(nickname, "nickname", 100);
        Require.present(start, "calendar-entry");
        Require.present(end, "calendar-entry");
        Require.present(video, "calendar-entry");
        if (!end.isAfter(start) || sequence < 0) {
            throw new InvalidValue("calendar-entry", "an entry ends after it starts and its sequence is not negative");
        }
    }
}
