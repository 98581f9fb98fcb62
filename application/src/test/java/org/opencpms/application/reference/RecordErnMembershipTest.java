package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.reference.NotOperator;
import org.opencpms.domain.reference.ProviderJoinedErn;
import org.opencpms.domain.reference.ProviderLeftErn;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class RecordErnMembershipTest {

    private static final Ern ERN = PeopleFixtures.ERN;

    private final PeopleFixtures world = new PeopleFixtures();
    private final RecordErnMembership record = new RecordErnMembership(world.providers, world.events, world.auditing,
            world.clock);
    private final ProviderId coordinatorsCentre = world.centre(ERN);
    private final Actor operator = world.operator();
    private final ProviderId centre = world.centre();

    @Test
    void an_operator_records_a_centre_joining_an_ern() {
        record.handle(RecordErnMembership.Command.join(operator, centre, ERN, MembershipType.AFFILIATED_PARTNER));

        assertThat(world.providers.get(centre).memberships())
                .containsExactly(Map.entry(ERN, MembershipType.AFFILIATED_PARTNER));
        assertThat(world.events.published(ProviderJoinedErn.class)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(MembershipType.AFFILIATED_PARTNER));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.actor()).isEqualTo(operator.id());
        assertThat(entry.resourceType()).isEqualTo("HealthcareProvider");
        assertThat(entry.resourceId()).isEqualTo(centre.toString());
        assertThat(entry.purpose()).isEqualTo("membership of ERKNet");
    }

    @Test
    void an_operator_records_a_centre_leaving_an_ern() {
        record.handle(RecordErnMembership.Command.leave(operator, coordinatorsCentre, ERN));

        assertThat(world.providers.get(coordinatorsCentre).memberships()).isEmpty();
        assertThat(world.events.published(ProviderLeftErn.class)).hasSize(1);
    }

    @Test
    void only_an_operator_records_memberships_not_even_a_coordinator_of_the_ern() {
        var coordinator = world.coordinator(ERN, coordinatorsCentre);
        var hp = world.hp(coordinatorsCentre);

        for (Actor actor : new Actor[] {coordinator, hp}) {
            assertThatThrownBy(() -> record.handle(
                    RecordErnMembership.Command.join(actor, centre, ERN, MembershipType.FULL_MEMBER)))
                    .isInstanceOf(NotOperator.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        }
        assertThat(world.providers.get(centre).memberships()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void unknown_centres_stale_versions_and_domain_conflicts_are_refused() {
        assertThatThrownBy(() -> record.handle(RecordErnMembership.Command.leave(operator, ProviderId.random(), ERN)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-found");
        assertThatThrownBy(() -> record.handle(
                new RecordErnMembership.Command(operator, centre, 4L, ERN, MembershipType.FULL_MEMBER)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.concurrent-update");
        assertThatThrownBy(() -> record.handle(RecordErnMembership.Command.leave(operator, centre, ERN)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-a-member");
    }

    @Test
    void joining_names_the_type_of_membership() {
        assertThatThrownBy(() -> RecordErnMembership.Command.join(operator, centre, ERN, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("membership-type.invalid");
    }
}
