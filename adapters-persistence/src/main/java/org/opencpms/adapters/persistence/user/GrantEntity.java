package org.opencpms.adapters.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/**
 * A row of {@code app_user_grant}: one role grant of one user, under a key of its own (the scope
 * columns are nullable, so they cannot form the key). Rows are never updated, only inserted and
 * deleted.
 */
@Entity
@Table(name = "app_user_grant")
@Customizer(UuidColumns.class)
class GrantEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    UserEntity user;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "ern", updatable = false)
    Ern ern;

    @Column(name = "centre_id", updatable = false)
    UUID centre;

    @Column(name = "acting_for", updatable = false)
    UUID actingFor;

    @Column(name = "panel_id", updatable = false)
    UUID panel;

    protected GrantEntity() {
    }

    GrantEntity(UserEntity user, RoleGrant grant) {
        this.id = UUID.randomUUID();
        this.user = user;
        this.role = grant.role();
        this.ern = grant.ern();
        this.centre = grant.atCentre().map(ProviderId::value).orElse(null);
        this.actingFor = grant.assistantFor().map(UserId::value).orElse(null);
        this.panel = grant.forPanel().map(PanelId::value).orElse(null);
    }

    RoleGrant toDomain() {
        return new RoleGrant(role, ern, centre == null ? null : new ProviderId(centre),
                actingFor == null ? null : new UserId(actingFor), panel == null ? null : new PanelId(panel));
    }
}
