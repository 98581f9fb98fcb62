package org.opencpms.domain.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * A panel meeting: when, how long, who attends, where (a video link), whether it was cancelled, and
 * the storage key of its recording once one is attached.
 *
 * <p>Invariants: it lasts from {@link #MINIMUM_DURATION} to {@link #MAXIMUM_DURATION} inclusive; it
 * has at least one attendee.
 */
public record Meeting(MeetingId id, UserId scheduledBy, Instant start, Duration duration, Set<UserId> attendees,
                      VideoLink videoLink, MeetingStatus status, Optional<String> recording) {

    public static final Duration MINIMUM_DURATION = Duration.ofMinutes(5);
    public static final Duration MAXIMUM_DURATION = Duration.ofHours(8);

    public Meeting {
        Require.present(id, "meeting");
        Require.present(scheduledBy, "meeting");
        Require.present(start, "meeting");
        Require.present(duration, "meeting-duration");
        if (duration.compareTo(MINIMUM_DURATION) < 0 || duration.compareTo(MAXIMUM_DURATION) > 0) {
            throw new InvalidValue("meeting-duration", "a meeting lasts from 5 minutes to 8 hours, not " + duration);
        }
        attendees = Set.copyOf(Require.notEmpty(Require.present(attendees, "attendees"), "attendees"));
        Require.present(videoLink, "meeting");
        Require.present(status, "meeting");
        recording = recording == null ? Optional.empty() : recording.map(key -> Require.text(key, "recording", PanelLimits.LABEL));
    }

    static Meeting scheduled(MeetingId id, UserId by, Instant start, Duration duration, Set<UserId> attendees, VideoLink link) {
        return new Meeting(id, by, start, duration, attendees, link, MeetingStatus.SCHEDULED, Optional.empty());
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public Instant end() {
        return start.plus(duration);
    }

    Meeting rescheduled(Instant newStart, Duration newDuration) {
        return new Meeting(id, scheduledBy, newStart, newDuration, attendees, videoLink, status, recording);
    }

    Meeting cancelled() {
        return new Meeting(id, scheduledBy, start, duration, attendees, videoLink, MeetingStatus.CANCELLED, recording);
    }

    Meeting withRecording(String storageKey) {
        return new Meeting(id, scheduledBy, start, duration, attendees, videoLink, status,
                Optional.of(Require.text(storageKey, "recording", PanelLimits.LABEL)));
    }
}
