package org.opencpms.domain.user;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.PlatformRoles;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Who is acting: an authenticated user with the role grants OpenCPMS holds for them. The edge
 * authenticates the person and turns their token into an Actor; the domain and the use cases trust the
 * Actor they are given and decide every rule about who may see or do what from it. An actor with no
 * grants may only file an access request. A platform operator ({@link Role#OPERATOR}, named in the
 * deployment's configuration) holds that capability and nothing else, so that it sees no patient data and
 * takes part in no panel. Reference data sees the actor as the {@link PlatformRoles} it holds.
 */
public record Actor(UserId id, Set<RoleGrant> grants) implements PlatformRoles {

    /** @throws InvalidValue {@code actor.invalid} for an operator who also holds another grant */
    public Actor {
        Require.present(id, "actor");
        grants = Set.copyOf(Require.present(grants, "grants"));
        if (grants.size() > 1 && grants.contains(RoleGrant.operator())) {
            throw new InvalidValue("actor", "a platform operator holds no other role");
        }
    }

    public static Actor of(UserId id, RoleGrant... grants) {
        return new Actor(id, Set.of(grants));
    }

    /** The platform operator with this id: the operator capability and nothing else. */
    public static Actor operator(UserId id) {
        return new Actor(id, Set.of(RoleGrant.operator()));
    }

    @Override
    public boolean isOperator() {
        return has(Role.OPERATOR);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** The ERNs in which the actor holds the role (a grant that names no ERN adds none). */
    public Set<Ern> ernsAs(Role role) {
        return grants.stream().filter(g -> g.role() == role && g.ern() != null).map(RoleGrant::ern)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Health professional (or coordinator/dispatcher, who may all an HP may) at this centre, in any ERN. */
    public boolean isHealthProfessionalAt(ProviderId centre) {
        return grants.stream().anyMatch(g -> g.role().actsAsHealthProfessional() && centre.equals(g.centre()));
    }

    /**
     * This health professional as a machine client registered to {@code centre} acts for them: with only the grants
     * they hold at that centre, so that the client can never do more than they could there.
     *
     * @throws DelegationForbidden {@code client.acting-for-forbidden} unless they are a health professional at the
     *         centre
     */
    public Actor delegatedAt(ProviderId centre) {
        Require.present(centre, "centre");
        if (!isHealthProfessionalAt(centre)) {
            throw new DelegationForbidden();
        }
        return new Actor(id, grants.stream().filter(g -> centre.equals(g.centre()))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The centres at which the actor enrols patients: where they act as a health professional or a centre assistant. */
    public Set<ProviderId> enrolmentCentres() {
        return grants.stream().filter(g -> g.centre() != null
                        && (g.role().actsAsHealthProfessional() || g.role() == Role.CENTRE_ASSISTANT))
                .map(RoleGrant::centre).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The health professional a patient this actor enrols at {@code centre} is enrolled for: the actor themselves as
     * a health professional there, else the one they assist there; empty if they enrol nobody there.
     */
    public Optional<UserId> enrolsFor(ProviderId centre) {
        if (isHealthProfessionalAt(centre)) {
            return Optional.of(id);
        }
        return grants.stream().filter(g -> g.role() == Role.CENTRE_ASSISTANT && centre.equals(g.centre()))
                .map(RoleGrant::actingFor).findFirst();
    }

    /**
     * Every health professional for whom the actor enrols patients at {@code centre} (the rule of
     * {@code Patient.enrol}): themselves as a health professional there, and each professional they assist there.
     */
    public Set<UserId> enrolsForAll(ProviderId centre) {
        var own = isHealthProfessionalAt(centre) ? Stream.of(id) : Stream.<UserId>empty();
        var assisted = grants.stream().filter(g -> g.role() == Role.CENTRE_ASSISTANT && centre.equals(g.centre()))
                .map(RoleGrant::actingFor);
        return Stream.concat(own, assisted).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The ERNs in which the actor leads a panel for a patient of {@code centre} (the rule of {@code Panel.draft}):
     * none unless they are a health professional at that centre, else every ERN in which they are one.
     */
    public Set<Ern> leadErnsAt(ProviderId centre) {
        if (!isHealthProfessionalAt(centre)) {
            return Set.of();
        }
        return grants.stream().filter(g -> g.role().actsAsHealthProfessional() && g.ern() != null)
                .map(RoleGrant::ern).collect(Collectors.toUnmodifiableSet());
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

    /** Centre assistant acting for this health professional at this centre. */
    public boolean isAssistantOf(UserId healthProfessional, ProviderId centre) {
        return grants.stream().anyMatch(g -> g.role() == Role.CENTRE_ASSISTANT
                && healthProfessional.equals(g.actingFor()) && centre.equals(g.centre()));
    }

    /** Coordinator of any ERN. */
    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
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

    /** Auditor of the whole deployment rather than of one ERN. */
    public boolean isNetworkWideAuditor() {
        return grants.stream().anyMatch(g -> g.role() == Role.AUDITOR && g.ern() == null);
    }

    /**
     * Whether this actor may give (or take back) the grant: a role held in an ERN only by a
     * coordinator of that ERN, a coordinator also by a platform operator; a centre assistant grant (which names no ERN) by a coordinator of any
     * ERN; a network-wide auditor grant only by a network-wide auditor; a guest expert grant by a
     * health professional (the panel decides who may invite to it); the operator capability by nobody (it
     * comes from configuration).
     */
    public boolean mayGrant(RoleGrant grant) {
        return switch (grant.role()) {
            case CENTRE_ASSISTANT -> isCoordinator();
            case GUEST_EXPERT -> isHealthProfessional();
            case AUDITOR -> grant.ern() == null ? isNetworkWideAuditor() : isCoordinatorOf(grant.ern());
            case COORDINATOR -> isOperator() || isCoordinatorOf(grant.ern());
            case HEALTH_PROFESSIONAL, DISPATCHER, PANEL_MANAGER, RESEARCHER -> isCoordinatorOf(grant.ern());
            case OPERATOR -> false;
        };
    }

    /** No grants at all: someone who has only signed in and may only request access. */
    public boolean isNewcomer() {
        return grants.isEmpty();
    }
}
