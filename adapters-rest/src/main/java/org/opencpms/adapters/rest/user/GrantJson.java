package org.opencpms.adapters.rest.user;

import jakarta.validation.constraints.NotBlank;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/**
 * One role grant with its scope: {@code role} ({@code HEALTH_PROFESSIONAL}, {@code CENTRE_ASSISTANT},
 * {@code COORDINATOR}, {@code DISPATCHER}, {@code PANEL_MANAGER}, {@code RESEARCHER}, {@code GUEST_EXPERT},
 * {@code AUDITOR}) and the fields its role takes, the others absent: {@code ern} and {@code centre} for the clinical
 * roles, {@code centre} and {@code actingFor} (a user id) for a centre assistant, {@code ern} for a researcher or an
 * auditor (no ERN: network-wide auditor), {@code panel} for a guest expert.
 */
public record GrantJson(@NotBlank @Schema(implementation = Role.class, required = true) String role,
                        @Schema(implementation = Ern.class) String ern, String centre, String actingFor, String panel) {

    /** Grants in a stable order: by role, then ERN, centre, person, panel. */
    static final Comparator<GrantJson> ORDER = Comparator.comparing(GrantJson::role)
            .thenComparing(GrantJson::ern, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GrantJson::centre, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GrantJson::actingFor, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GrantJson::panel, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static GrantJson of(RoleGrant grant) {
        return new GrantJson(grant.role().name(), grant.inErn().map(Enum::name).orElse(null),
                grant.atCentre().map(c -> c.value().toString()).orElse(null),
                grant.assistantFor().map(u -> u.value().toString()).orElse(null),
                grant.forPanel().map(p -> p.value().toString()).orElse(null));
    }

    /** The grants, sorted. */
    public static List<GrantJson> of(Set<RoleGrant> grants) {
        return grants.stream().map(GrantJson::of).sorted(ORDER).toList();
    }

    /**
     * @throws org.opencpms.domain.shared.InvalidValue {@code role.invalid}, {@code ern.invalid}, {@code centre.invalid},
     *         {@code actingFor.invalid}, {@code panel.invalid}, or {@code role-grant.invalid} for fields that do not
     *         fit the role
     */
    public RoleGrant toDomain() {
        return new RoleGrant(WireValues.enumValue(Role.class, role, "role"), WireValues.optionalErn(ern, "ern"),
                WireValues.optionalId(centre, "centre", ProviderId::of),
                WireValues.optionalId(actingFor, "actingFor", UserId::of),
                WireValues.optionalId(panel, "panel", PanelId::of));
    }
}
