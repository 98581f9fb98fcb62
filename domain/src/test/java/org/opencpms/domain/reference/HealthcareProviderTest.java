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
    private static final PlatformRoles OPERATOR = () -> true;
    private static final PlatformRoles NOT_OPERATOR = () -> false;

    private static HealthcareProvider registered() {
        var provider = HealthcareProvider.register(ID, " UZ Leuven ", BELGIUM, OPERATOR, NOW);
        provider.pullEvents();
        return provider;
    }

    @Test
    void a_registered_centre_is_a_member_of_no_network() {
        var provider = HealthcareProvider.register(ID, " UZ Leuven ", BELGIUM, OPERATOR, NOW);

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
        assertThat(HealthcareProvider.register(ID, "x".repeat(200), BELGIUM, OPERATOR, NOW).name()).hasSize(200);
        assertThatThrownBy(() -> HealthcareProvider.register(ID, "x".repeat(201), BELGIUM, OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("provider-name.invalid");
        assertThatThrownBy(() -> HealthcareProvider.register(ID, " ", BELGIUM, OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("provider-name.invalid");
        assertThatThrownBy(() -> HealthcareProvider.register(ID, "UZ", null, OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("country.invalid");
    }

    @Test
    void joining_a_network_makes_the_centre_a_member_of_that_network_only() {
        var provider = registered();

        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, OPERATOR, NOW);

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
        provider.join(Ern.ERKNET, MembershipType.AFFILIATED_PARTNER, OPERATOR, NOW);
        provider.pullEvents();

        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, OPERATOR, NOW);

        assertThat(provider.membershipIn(Ern.ERKNET)).contains(MembershipType.FULL_MEMBER);
        assertThat(provider.pullEvents())
                .containsExactly(new ProviderJoinedErn(ID, Ern.ERKNET, MembershipType.FULL_MEMBER, NOW));
    }

    @Test
    void joining_again_under_the_same_type_is_a_conflict() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER, OPERATOR, NOW);
        provider.pullEvents();

        assertThatThrownBy(() -> provider.join(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER, OPERATOR, NOW))
                .isInstanceOf(MembershipConflict.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.already-member");
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void leaving_a_network_makes_the_centre_a_non_member_of_it() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, OPERATOR, NOW);
        provider.join(Ern.RND, MembershipType.FULL_MEMBER, OPERATOR, NOW);
        provider.pullEvents();

        provider.leave(Ern.ERKNET, OPERATOR, NOW);

        assertThat(provider.isMemberOf(Ern.ERKNET)).isFalse();
        assertThat(provider.isMemberOf(Ern.RND)).isTrue();
        assertThat(provider.pullEvents()).containsExactly(new ProviderLeftErn(ID, Ern.ERKNET, NOW));
    }

    @Test
    void leaving_a_network_the_centre_is_not_in_is_a_conflict() {
        var provider = registered();

        assertThatThrownBy(() -> provider.leave(Ern.ERKNET, OPERATOR, NOW))
                .isInstanceOf(MembershipConflict.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-a-member");
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void only_a_platform_operator_registers_a_centre_or_changes_it() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, OPERATOR, NOW);
        provider.pullEvents();

        assertThatThrownBy(() -> HealthcareProvider.register(ID, "UZ", BELGIUM, NOT_OPERATOR, NOW))
                .isInstanceOf(NotOperator.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> provider.join(Ern.ERKNET, MembershipType.AFFILIATED_PARTNER, NOT_OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> provider.leave(Ern.ERKNET, NOT_OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> provider.update("Other", BELGIUM, NOT_OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThat(provider.memberships()).containsExactly(Map.entry(Ern.ERKNET, MembershipType.FULL_MEMBER));
        assertThat(provider.name()).isEqualTo("UZ Leuven");
        assertThat(provider.pullEvents()).isEmpty();
    }

    @Test
    void an_operator_corrects_a_centres_name_and_country_and_an_unchanged_centre_records_nothing() {
        var provider = registered();

        provider.update(" UZ Leuven ", BELGIUM, OPERATOR, NOW);
        assertThat(provider.pullEvents()).isEmpty();
        provider.update("Universitair Ziekenhuis Leuven", Country.of("NL"), OPERATOR, NOW);

        assertThat(provider.name()).isEqualTo("Universitair Ziekenhuis Leuven");
        assertThat(provider.country()).isEqualTo(Country.of("NL"));
        assertThat(provider.pullEvents()).containsExactly(new HealthcareProviderUpdated(ID, Country.of("NL"), NOW));
        assertThatThrownBy(() -> provider.update(" ", BELGIUM, OPERATOR, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("provider-name.invalid");
    }

    @Test
    void a_centre_outside_an_ern_is_refused_where_a_member_is_needed() {
        var provider = registered();
        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, OPERATOR, NOW);

        provider.requireMemberOf(Ern.ERKNET);
        assertThatThrownBy(() -> provider.requireMemberOf(Ern.RND))
                .isInstanceOf(CentreNotInErn.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-in-ern");
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

            public java.util.List<HealthcareProvider> inCountry(Country country) {
                return java.util.List.of();
            }
        };

        assertThat(providers.get(ID)).isSameAs(known);
        assertThatThrownBy(() -> providers.get(ProviderId.random()))
                .isInstanceOf(HealthcareProviderNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-found");
    }
}
