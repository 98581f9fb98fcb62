package org.opencpms.adapters.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/** A row of {@code meeting_reminder}: the reminder of one meeting of one panel, due at {@code due_at}. */
@Entity(name = "MeetingReminder")
@Table(name = "meeting_reminder")
@Customizer(UuidColumns.class)
class MeetingReminderEntity {

    @Id
    @Column(name = "meeting_id")
    UUID meetingId;

    @Column(name = "panel_id", nullable = false)
    UUID panelId;

    @Column(name = "due_at", nullable = false)
    OffsetDateTime dueAt;
}
