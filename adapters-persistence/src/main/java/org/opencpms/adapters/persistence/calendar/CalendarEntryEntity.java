package org.opencpms.adapters.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/** A row of {@code calendar_entry}: one meeting as one attendee's calendar shows it. */
@Entity(name = "CalendarEntry")
@Table(name = "calendar_entry")
@IdClass(CalendarEntryEntity.Key.class)
@Customizer(UuidColumns.class)
class CalendarEntryEntity {

    @Id
    @Column(name = "meeting_id")
    UUID meetingId;

    @Id
    @Column(name = "attendee_id")
    UUID attendeeId;

    @Column(name = "panel_id", nullable = false)
    UUID panelId;

    @Column(name = "nickname", nullable = false)
    String nickname;

    @Column(name = "start_at", nullable = false)
    OffsetDateTime startAt;

    @Column(name = "end_at", nullable = false)
    OffsetDateTime endAt;

    @Column(name = "video_link", nullable = false)
    String videoLink;

    @Column(name = "sequence_no", nullable = false)
    long sequence;

    @Column(name = "cancelled", nullable = false)
    boolean cancelled;

    /** The primary key: meeting and attendee. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID meetingId;
        UUID attendeeId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meetingId, key.meetingId)
                    && Objects.equals(attendeeId, key.attendeeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, attendeeId);
        }
    }
}
