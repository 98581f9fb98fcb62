package org.opencpms.domain.accessrequest;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/**
 * What a person asks for: roles in one ERN at one centre, and for a centre assistant the health
 * professional they will act for ({@code actingFor}, present exactly when {@link Role#CENTRE_ASSISTANT}
 * is asked for). Guest expert and auditor roles cannot be asked for: guests are invited to a panel,
 * auditors are appointed.
 */
public record RequestedAccess(Ern ern, ProviderId centre, Set<Role> roles, UserId actingFor) {

    /** The roles a person may ask for. */
    public static final Set<Role> REQUESTABLE = Set.copyOf(EnumSet.of(Role.HEALTH_PROFESSIONAL, Role.CENTRE_ASSISTANT,
            Role.COORDINATOR, Role.DISPATCHER, Role.PANEL_MANAGER, Role.RESEARCHER));

    public RequestedAccess {
        Require.present(ern, "ern");
        Require.present(centre, "centre");
        roles = Set.copyOf(EnumSet.copyOf(Require.notEmpty(roles, "requested-roles")));
        if (!REQUESTABLE.containsAll(roles)) {
            throw new InvalidValue("requested-roles", "only " + REQUESTABLE + " can be requested");
        }
        if (roles.contains(Role.CENTRE_ASSISTANT) != (actingFor != null)) {
            throw new InvalidValue("acting-for", "a centre assistant, and only a centre assistant, names the health professional they act for");
        }
    }

    public Optional<UserId> assistantFor() {
        return Optional.ofNullable(actingFor);
    }

    /** Whether any role asked for is held at the centre (all but researcher). */
    public boolean wantsCentreRole() {
        return roles.stream().anyMatch(r -> r != Role.RESEARCHER);
    }

    /** The role grants these roles become. */
    public Set<RoleGrant> grants() {
        return roles.stream().map(this::grantFor).collect(Collectors.toUnmodifiableSet());
    }

    private RoleGrant grantFor(Role role) {
        return switch (role) {
            case CENTRE_ASSISTANT -> RoleGrant.centreAssistant(centre, actingFor);
            case RESEARCHER -> RoleGrant.researcher(ern);
            default -> new RoleGrant(role, ern, centre, null, null);
        };
    }
}
