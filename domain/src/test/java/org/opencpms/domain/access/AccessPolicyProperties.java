package org.opencpms.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.domain.access.AccessFixtures.CENTRE;
import static org.opencpms.domain.access.AccessFixtures.HP_ID;
import static org.opencpms.domain.access.AccessFixtures.OTHER_CENTRE;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/**
 * Whatever grants an actor holds, in strict mode identifying data is seen by the enrolling HP
 * (still an HP of the centre) and the centre assistant acting for them there, and by nobody else.
 */
class AccessPolicyProperties {

    private static final Patient PATIENT = AccessFixtures.patient();
    private static final UserId SOMEONE_ELSE = UserId.random();
    private static final PanelId PANEL = PanelId.random();

    @Property(tries = 2000)
    void in_strict_mode_nobody_but_the_enrolling_hp_and_their_assistant_sees_identity(@ForAll("actors") Actor actor) {
        boolean isEnrollingHp = actor.id().equals(HP_ID) && actor.isHealthProfessionalAt(CENTRE);
        boolean isTheirAssistant = actor.isAssistantOf(HP_ID, CENTRE);

        assertThat(AccessPolicy.strict().seesIdentity(actor, PATIENT)).isEqualTo(isEnrollingHp || isTheirAssistant);
    }

    @Property(tries = 1000)
    void panel_managers_researchers_guests_and_auditors_never_see_identity(@ForAll("actors") Actor actor) {
        var withoutClinicalRoles = new Actor(actor.id(), actor.grants().stream()
                .filter(g -> Set.of(Role.PANEL_MANAGER, Role.RESEARCHER, Role.GUEST_EXPERT, Role.AUDITOR).contains(g.role()))
                .collect(java.util.stream.Collectors.toSet()));

        for (IdentityVisibility mode : IdentityVisibility.values()) {
            assertThat(new AccessPolicy(mode).seesIdentity(withoutClinicalRoles, PATIENT)).isFalse();
        }
    }

    @Provide
    Arbitrary<Actor> actors() {
        Arbitrary<UserId> ids = Arbitraries.of(HP_ID, SOMEONE_ELSE);
        Arbitrary<Set<RoleGrant>> grants = grants().set().ofMaxSize(4);
        return Combinators.combine(ids, grants).as(Actor::new);
    }

    private Arbitrary<RoleGrant> grants() {
        Arbitrary<Ern> erns = Arbitraries.of(Ern.ERKNET, Ern.ITHACA);
        Arbitrary<ProviderId> centres = Arbitraries.of(CENTRE, OTHER_CENTRE);
        Arbitrary<UserId> hps = Arbitraries.of(HP_ID, SOMEONE_ELSE);
        return Arbitraries.oneOf(List.of(
                Combinators.combine(erns, centres).as(RoleGrant::healthProfessional),
                Combinators.combine(erns, centres).as(RoleGrant::coordinator),
                Combinators.combine(erns, centres).as(RoleGrant::dispatcher),
                Combinators.combine(erns, centres).as(RoleGrant::panelManager),
                Combinators.combine(centres, hps).as(RoleGrant::centreAssistant),
                erns.map(RoleGrant::researcher),
                erns.injectNull(0.3).map(RoleGrant::auditor),
                Arbitraries.just(RoleGrant.guestExpert(PANEL))));
    }
}
