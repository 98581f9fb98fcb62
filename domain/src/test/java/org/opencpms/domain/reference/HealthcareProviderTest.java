package org.opencpms.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;

class HealthcareProviderTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ProviderId ID = ProviderId.random();
    private static final Country BELGIUM = Country.of("BE");
    /** Coordinates ERKNet and RND, the networks these tests change. */
    private static final ErnRoles COORDINATOR = ern -> ern == Ern.ERKNET || ern == Ern.RND;

    private static HealthcareProvider registered() {
        var provider = HealthcareProvider.register(ID, " UZ Leuven ", BELGIUM, NOW);
        provider.pullEvents();
        return provider;
    }

    @Test
    void a_registered_centre_is_a_member_of_no_network() {
        var provider = HealthcareProvider.register(ID, " UZ Leuven ", BELGIUM, NOW);

        assertThat(provider.id()).isEqualTo(ID);
        assertThat(provider.name()).isEqualTo("UZ Leuven");
        assertThat(provider.country()).isEqualTo(BELGIUM);
        assertThat(provider.memberships()).isEmpty();
        assertThat(provider.isMemberOf(Ern.ERKNET)).isFalse();
        assertThat(provider.membershipIn(Ern.ERKNET)).isEmpty();
        assertThat(provider.version()).isZero();
        assertThat(provider.pullEvents()).containsExactly(new HealthcareProviderRegistered(ID, BELGIUM, NOW));
    }

    @Test
    void a_centre_has_a_name_of_at_most_200_characters() {
        assertThat(HealthcareProvider.register(ID, "x".repeat(200), BELGIUM, NOW).name()).hasSize(200);
        assertThatThrownBy(() -> HealthcareProvider.register(ID, "x".repeat(201), BELGIUM, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("provider-name.invalid");
        assertThatThrownBy(() -> HealthcareProvider.register(ID, " ", BELGIUM, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("provider-name.invalid");
        assertThatThrownBy(() -> HealthcareProvider.register(ID, "UZ", null, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("country.invalid");
    }

    @Test
    void joining_a_network_makes_the_centre_a_member_of_that_network_only() {
        var provider = registered();

        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, COORDINATOR, NOW);

        assertThat(provider.isMemberOf(Ern.ERKNET)).isTrue();
        assertThat(provider.membershipIn(Ern.ERKNET)).contains(MembershipType.FULL_MEMBER);
        assertThat(provider.isMemberOf(Ern.RND)).isFalse();
        assertThat(provider.memberships()).containsExactly(Map.entry(Ern.ERKNET, MembershipType.FULL_MEMBER));
        assertThat(provider.pullEvents())
                .containsExactly(new ProviderJoinedErn(ID, Ern.ERKNET, MembershipType.FULL_MEMBER, NOW));
    }

    @Test
    void joining_again_under_another_type_changes_the_membership() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.AFFILIATED_PARTNER, COORDINATOR, NOW);
        provider.pullEvents();

        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, COORDINATOR, NOW);

        assertThat(provider.membershipIn(Ern.ERKNET)).contains(MembershipType.FULL_MEMBER);
        assertThat(provider.pullEvents())
                .containsExactly(new ProviderJoinedErn(ID, Ern.ERKNET, MembershipType.FULL_MEMBER, NOW));
    }

    @Test
    void joining_again_under_the_same_type_is_a_conflict() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER, COORDINATOR, NOW);
        provider.pullEvents();

        assertThatThrownBy(() -> provider.join(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER, COORDINATOR, NOW))
                .isInstanceOf(MembershipConflict.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.already-member");
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void leaving_a_network_makes_the_centre_a_non_member_of_it() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, COORDINATOR, NOW);
        provider.join(Ern.RND, MembershipType.FULL_MEMBER, COORDINATOR, NOW);
        provider.pullEvents();

        provider.leave(Ern.ERKNET, COORDINATOR, NOW);

        assertThat(provider.isMemberOf(Ern.ERKNET)).isFalse();
        assertThat(provider.isMemberOf(Ern.RND)).isTrue();
        assertThat(provider.pullEvents()).containsExactly(new ProviderLeftErn(ID, Ern.ERKNET, NOW));
    }

    @Test
    void leaving_a_network_the_centre_is_not_in_is_a_conflict() {
        var provider = registered();

        assertThatThrownBy(() -> provider.leave(Ern.ERKNET, COORDINATOR, NOW))
                .isInstanceOf(MembershipConflict.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-a-member");
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void only_a_coordinator_of_the_network_records_a_centre_joining_or_leaving_it() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, COORDINATOR, NOW);
        provider.pullEvents();
        ErnRoles otherCoordinator = ern -> ern == Ern.RND;

        assertThatThrownBy(() -> provider.join(Ern.ERKNET, MembershipType.AFFILIATED_PARTNER, otherCoordinator, NOW))
                .isInstanceOf(NotCoordinator.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-coordinator");
        assertThatThrownBy(() -> provider.join(Ern.EYE, MembershipType.FULL_MEMBER, COORDINATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-coordinator");
        assertThatThrownBy(() -> provider.leave(Ern.ERKNET, otherCoordinator, NOW))
                .isInstanceOf(NotCoordinator.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-coordinator");
        assertThat(provider.memberships()).containsExactly(Map.entry(Ern.ERKNET, MembershipType.FULL_MEMBER));
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void a_membership_change_names_who_records_it() {
        var provider = registered();

        assertThatThrownBy(() -> provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, null, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("actor.invalid");
        assertThatThrownBy(() -> provider.leave(Ern.ERKNET, null, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("actor.invalid");
        assertThat(provider.memberships()).isEmpty();
    }

    @Test
    void memberships_cannot_be_changed_from_outside() {
        var provider = registered();

        assertThatThrownBy(() -> provider.memberships().put(Ern.ERKNET, MembershipType.FULL_MEMBER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_restored_centre_has_its_stored_state_and_no_events() {
        var provider = HealthcareProvider.restore(ID, "Necker", Country.of("FR"),
                Map.of(Ern.ITHACA, MembershipType.FULL_MEMBER), 7);

        assertThat(provider.id()).isEqualTo(ID);
        assertThat(provider.name()).isEqualTo("Necker");
        assertThat(provider.country()).isEqualTo(Country.of("FR"));
        assertThat(provider.membershipIn(Ern.ITHACA)).contains(MembershipType.FULL_MEMBER);
        assertThat(provider.version()).isEqualTo(7);
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void getting_an_unknown_centre_fails_with_not_found() {
        var known = registered();
        HealthcareProviders providers = new HealthcareProviders() {
            public java.util.Optional<HealthcareProvider> find(ProviderId id) {
                return id.equals(ID) ? java.util.Optional.of(known) : java.util.Optional.empty();
            }

            public void save(HealthcareProvider provider) {
            }

            public java.util.List<HealthcareProvider> membersOf(Ern ern) {
                return java.util.List.of();
            }
        };

        assertThat(providers.get(ID)).isSameAs(known);
        assertThatThrownBy(() -> providers.get(ProviderId.random()))
                .isInstanceOf(HealthcareProviderNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-found");
    }
}
