package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.RoleGranted;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.UserRegistered;

class AppointCoordinatorTest {

    private static final AppointCoordinator.Appointee ELENA = new AppointCoordinator.Appointee(
            new Subject("https://login.example.eu", "elena"), "Dr Elena Ricci", EmailAddress.of("elena@example.it"),
            Country.of("IT"));

    private final PeopleFixtures world = new PeopleFixtures();
    private final AppointCoordinator appoint = new AppointCoordinator(world.users, world.providers, world.events,
            world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);

    @Test
    void an_operator_appoints_the_first_coordinator_of_an_ern_registering_the_person() {
        var operator = world.operator();

        var id = appoint.handle(new AppointCoordinator.Command(operator, PeopleFixtures.ERN, centre, ELENA, null));

        var user = world.stored(id);
        assertThat(user.subject()).isEqualTo(ELENA.subject());
        assertThat(user.displayName()).isEqualTo("Dr Elena Ricci");
        assertThat(user.grants()).containsExactly(RoleGrant.coordinator(PeopleFixtures.ERN, centre));
        assertThat(world.events.published(UserRegistered.class)).hasSize(1);
        assertThat(world.events.published(RoleGranted.class)).singleElement()
                .satisfies(e -> assertThat(e.grantedBy()).isEqualTo(operator.id()));
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.CREATE);
        assertThat(world.lastAudit().actor()).isEqualTo(operator.id());
        assertThat(world.lastAudit().purpose()).isEqualTo("coordinator of ERKNet appointed");
    }

    @Test
    void a_known_person_keeps_their_profile_and_the_outgoing_coordinator_steps_down() {
        var operator = world.operator();
        var outgoing = world.coordinator(PeopleFixtures.ERN, centre);
        var known = world.hp(centre);
        var knownSubject = world.stored(known.id()).subject();
        var appointee = new AppointCoordinator.Appointee(knownSubject, "Ignored", EmailAddress.of("x@example.eu"),
                Country.of("FR"));

        var id = appoint.handle(new AppointCoordinator.Command(operator, PeopleFixtures.ERN, centre, appointee,
                outgoing.id()));

        assertThat(id).isEqualTo(known.id());
        assertThat(world.stored(id).displayName()).isNotEqualTo("Ignored");
        assertThat(world.stored(id).asActor().isCoordinatorOf(PeopleFixtures.ERN)).isTrue();
        assertThat(world.stored(outgoing.id()).grants()).isEmpty();
        assertThat(world.lastAudit().purpose()).isEqualTo("coordinator of ERKNet replaced");
    }

    @Test
    void only_an_operator_appoints_and_only_at_a_member_centre_of_the_ern() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, centre);
        var outsider = world.centre(PeopleFixtures.OTHER_ERN);

        assertThatThrownBy(() -> appoint.handle(new AppointCoordinator.Command(coordinator, PeopleFixtures.ERN, centre,
                ELENA, null))).extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> appoint.handle(new AppointCoordinator.Command(world.operator(), PeopleFixtures.ERN,
                outsider, ELENA, null))).extracting(e -> ((DomainException) e).code())
                .isEqualTo("healthcare-provider.not-in-ern");
        assertThatThrownBy(() -> appoint.handle(new AppointCoordinator.Command(world.operator(), PeopleFixtures.ERN,
                centre, ELENA, world.hp(centre).id()))).extracting(e -> ((DomainException) e).code())
                .isEqualTo("user.not-coordinator");
        assertThat(world.users.findBySubject(ELENA.subject())).isEmpty();
        assertThat(world.audit()).isEmpty();
    }
}
