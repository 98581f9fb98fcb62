package org.opencpms.adapters.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/** A row of {@code calendar_feed}: one user's feed, known by the SHA-256 digest of its secret. */
@Entity(name = "CalendarFeed")
@Table(name = "calendar_feed")
@Customizer(UuidColumns.class)
class CalendarFeedEntity {

    @Id
    @Column(name = "user_id")
    UUID userId;

    @Column(name = "secret_digest", nullable = false)
    String secretDigest;

    @Column(name = "issued_at", nullable = false)
    OffsetDateTime issuedAt;
}
