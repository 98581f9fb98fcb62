package org.opencpms.domain.user;

import java.util.Set;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Who is acting: an authenticated user with the role grants OpenCPMS holds for them. The edge
 * turns a token into an Actor; every rule about who may see or do what is decided by the domain
 * from it. An actor with no grants may only file an access request.
 */
public record Actor(UserId id, Set<RoleGrant> grants) {

    public Actor {
        Require.present(id, "actor");
        grants = Set.copyOf(Require.present(grants, "grants"));
    }

    public static Actor of(UserId id, RoleGrant... grants) {
        return new Actor(id, Set.of(grants));
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** Health professional (or coordinator/dispatcher, who may all an HP may) at this centre, in any ERN. */
    public boolean isHealthProfessionalAt(ProviderId centre) {
        return grants.stream().anyMatch(g -> g.role().actsAsHealthProfessional() && centre.equals(g.centre()));
    }

    /** Health professional (or coordinator/dispatcher) in this ERN, at any centre. */
    public boolean isHealthProfessionalIn(Ern ern) {
        return grants.stream().anyMatch(g -> g.role().actsAsHealthProfessional() && ern == g.ern());
    }

    /** Health professional (or coordinator/dispatcher) anywhere. */
    public boolean isHealthProfessional() {
        return grants.stream().anyMatch(g -> g.role().actsAsHealthProfessional());
    }

    public boolean isCoordinatorOf(Ern ern) {
        return grants.stream().anyMatch(g -> g.role() == Role.COORDINATOR && ern == g.ern());
    }

    public boolean isDispatcherOf(Ern ern) {
        return grants.stream().anyMatch(g -> g.role() == Role.DISPATCHER && ern == g.ern());
    }

    /** Coordinator or dispatcher of this ERN: may assemble panels on the lead's behalf. */
    public boolean assemblesPanelsFor(Ern ern) {
        return isCoordinatorOf(ern) || isDispatcherOf(ern);
    }

    public boolean isPanelManagerIn(Ern ern) {
        return grants.stream().anyMatch(g -> g.role() == Role.PANEL_MANAGER && ern == g.ern());
    }

    /** Centre assistant acting for this health professional. */
    public boolean isAssistantOf(UserId healthProfessional) {
        return grants.stream().anyMatch(g -> g.role() == Role.CENTRE_ASSISTANT && healthProfessional.equals(g.actingFor()));
    }

    public boolean isGuestOn(PanelId panel) {
        return grants.stream().anyMatch(g -> g.role() == Role.GUEST_EXPERT && panel.equals(g.panel()));
    }

    public boolean isResearcher() {
        return has(Role.RESEARCHER);
    }

    /** Only researcher grants (and nothing that lets one see panels). */
    public boolean isOnlyResearcher() {
        return !grants.isEmpty() && grants.stream().allMatch(g -> g.role() == Role.RESEARCHER);
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR);
    }

    /** No grants at all: someone who has only signed in and may only request access. */
    public boolean isNewcomer() {
        return grants.isEmpty();
    }
}
