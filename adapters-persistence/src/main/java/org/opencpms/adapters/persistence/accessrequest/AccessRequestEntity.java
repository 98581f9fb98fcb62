package org.opencpms.adapters.persistence.accessrequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.reference.Ern;

/**
 * A row of {@code access_request}: the request, its roles as comma-separated enum names, and its
 * decision (null columns while pending).
 */
@Entity
@Table(name = "access_request")
@Customizer(UuidColumns.class)
class AccessRequestEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "requester_id", nullable = false)
    UUID requester;

    @Enumerated(EnumType.STRING)
    @Column(name = "ern", nullable = false)
    Ern ern;

    @Column(name = "centre_id", nullable = false)
    UUID centre;

    @Column(name = "roles", nullable = false)
    String roles;

    @Column(name = "acting_for")
    UUID actingFor;

    @Column(name = "motivation", nullable = false)
    String motivation;

    @Column(name = "requested_at", nullable = false)
    OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    AccessRequestStatus status;

    @Column(name = "decided_by")
    UUID decidedBy;

    @Column(name = "decided_at")
    OffsetDateTime decidedAt;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected AccessRequestEntity() {
    }

    AccessRequestEntity(UUID id) {
        this.id = id;
    }
}
