package org.opencpms.adapters.persistence.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code panel_participant}: one user's role in one panel, derived from the panel on every save. */
@Entity(name = "PanelParticipant")
@Table(name = "panel_participant")
@IdClass(PanelParticipantEntity.Key.class)
class PanelParticipantEntity {

    @Id
    @Column(name = "panel_id")
    UUID panelId;

    @Id
    @Column(name = "user_id")
    UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    ParticipantRole role;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    OffsetDateTime draftedAt;

    /** The primary key: panel and user. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID panelId;
        UUID userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(panelId, key.panelId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(panelId, userId);
        }
    }
}
