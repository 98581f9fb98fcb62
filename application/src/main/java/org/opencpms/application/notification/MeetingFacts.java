package org.opencpms.application.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.Panel;

/**
 * The facts of a notification about a meeting, from the meeting as the panel holds it after the change: its id (the
 * UID of its calendar entry), start and end, its video link when short enough to name, and a sequence number that
 * grows with every change (whole seconds from 2020 to the change), so that a calendar takes an update or a
 * cancellation over the entry it replaces.
 */
final class MeetingFacts {

    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private MeetingFacts() {
    }

    /** The SEQUENCE of a meeting's calendar entry after a change at {@code changedAt}: whole seconds from 2020. */
    static long sequence(Instant changedAt) {
        return Duration.between(EPOCH, changedAt).toSeconds();
    }

    static Map<String, String> of(Panel panel, MeetingId id, String nickname, Instant changedAt) {
        var meeting = panel.meetings().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("meeting " + id + " not in panel " + panel.id()));
        var facts = new HashMap<String, String>();
        facts.put(Facts.NICKNAME, nickname);
        facts.put(Facts.MEETING_ID, id.value().toString());
        facts.put(Facts.START, meeting.start().toString());
        facts.put(Facts.END, meeting.end().toString());
        facts.put(Facts.SEQUENCE, String.valueOf(sequence(changedAt)));
        var video = meeting.videoLink().toString();
        if (video.length() <= Notification.MAX_FACT) {
            facts.put(Facts.VIDEO, video);
        }
        return facts;
    }
}
