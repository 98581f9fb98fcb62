package org.opencpms.adapters.persistence.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;

/**
 * A row of {@code panel}: the panel's JSON document plus the columns the queries need, all written
 * from the same {@link org.opencpms.domain.panel.Panel} by {@link JpaPanels}.
 */
@Entity(name = "Panel")
@Table(name = "panel")
class PanelEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    UUID patientId;

    @Column(name = "patient_centre_id", nullable = false, updatable = false)
    UUID patientCentreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_ern", nullable = false)
    Ern leadErn;

    @Column(name = "lead_id", nullable = false)
    UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    PanelState state;

    @Column(name = "urgent", nullable = false)
    boolean urgent;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    OffsetDateTime draftedAt;

    @Column(name = "opened_at")
    OffsetDateTime openedAt;

    @Column(name = "outcome_finalised_at")
    OffsetDateTime outcomeFinalisedAt;

    @Column(name = "usefulness")
    Integer usefulness;

    @Column(name = "deadline")
    OffsetDateTime deadline;

    @Column(name = "document", nullable = false)
    String document;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
