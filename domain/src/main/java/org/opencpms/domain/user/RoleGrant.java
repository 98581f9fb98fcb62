package org.opencpms.domain.user;

import java.util.Optional;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * One role held by a person, with its scope.
 *
 * <p>Invariants, by role: a health professional, coordinator, dispatcher or panel manager holds the
 * role in one ERN at one centre; a centre assistant holds it at one centre for one named health
 * professional ({@code actingFor}) and in no ERN; a researcher or auditor holds it in one ERN (or
 * network-wide for an auditor when {@code ern} is null); a guest expert holds it for exactly one
 * panel; an operator holds it for the whole deployment (no field). Fields that do not belong to the role are null.
 */
public record RoleGrant(Role role, Ern ern, ProviderId centre, UserId actingFor, PanelId panel) {

    public RoleGrant {
        Require.present(role, "role");
        switch (role) {
            case HEALTH_PROFESSIONAL, COORDINATOR, DISPATCHER, PANEL_MANAGER -> {
                require(ern != null && centre != null && actingFor == null && panel == null,
                        role + " is granted in one ERN at one centre");
            }
            case CENTRE_ASSISTANT -> require(centre != null && actingFor != null && ern == null && panel == null,
                    "a centre assistant is granted at one centre for one named health professional");
            case RESEARCHER -> require(ern != null && centre == null && actingFor == null && panel == null,
                    "a researcher is granted in one ERN");
            case AUDITOR -> require(centre == null && actingFor == null && panel == null,
                    "an auditor is granted in one ERN or network-wide");
            case GUEST_EXPERT -> require(panel != null && ern == null && centre == null && actingFor == null,
                    "a guest expert is granted for exactly one panel");
            case OPERATOR -> require(ern == null && centre == null && actingFor == null && panel == null,
                    "an operator operates the whole deployment");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidValue("role-grant", message);
        }
    }

    public static RoleGrant healthProfessional(Ern ern, ProviderId centre) {
        return new RoleGrant(Role.HEALTH_PROFESSIONAL, ern, centre, null, null);
    }

    public static RoleGrant coordinator(Ern ern, ProviderId centre) {
        return new RoleGrant(Role.COORDINATOR, ern, centre, null, null);
    }

    public static RoleGrant dispatcher(Ern ern, ProviderId centre) {
        return new RoleGrant(Role.DISPATCHER, ern, centre, null, null);
    }

    public static RoleGrant panelManager(Ern ern, ProviderId centre) {
        return new RoleGrant(Role.PANEL_MANAGER, ern, centre, null, null);
    }

    public static RoleGrant centreAssistant(ProviderId centre, UserId actingFor) {
        return new RoleGrant(Role.CENTRE_ASSISTANT, null, centre, actingFor, null);
    }

    public static RoleGrant researcher(Ern ern) {
        return new RoleGrant(Role.RESEARCHER, ern, null, null, null);
    }

    public static RoleGrant auditor(Ern ernOrNullForAll) {
        return new RoleGrant(Role.AUDITOR, ernOrNullForAll, null, null, null);
    }

    /** The platform operator's capability, which comes from the deployment's configuration, never from a grant. */
    public static RoleGrant operator() {
        return new RoleGrant(Role.OPERATOR, null, null, null, null);
    }

    public static RoleGrant guestExpert(PanelId panel) {
        return new RoleGrant(Role.GUEST_EXPERT, null, null, null, panel);
    }

    /**
     * The rule that spans two users: a centre assistant grant may be given only while the user it
     * names to act for ({@link #actingFor()}) acts as a health professional (or coordinator or
     * dispatcher) at the grant's centre. Other grants name nobody and always pass.
     *
     * @param named the user named by {@code actingFor}, as stored now; empty when there is none
     * @throws ActingForNotHealthProfessional {@code user.acting-for-not-hp}
     */
    public void requireActsForHealthProfessional(Optional<User> named) {
        Require.present(named, "acting-for");
        if (role == Role.CENTRE_ASSISTANT && named.filter(hp -> hp.id().equals(actingFor))
                .filter(hp -> hp.asActor().isHealthProfessionalAt(centre)).isEmpty()) {
            throw new ActingForNotHealthProfessional();
        }
    }

    public Optional<Ern> inErn() {
        return Optional.ofNullable(ern);
    }

    public Optional<ProviderId> atCentre() {
        return Optional.ofNullable(centre);
    }

    public Optional<UserId> assistantFor() {
        return Optional.ofNullable(actingFor);
    }

    public Optional<PanelId> forPanel() {
        return Optional.ofNullable(panel);
    }
}
