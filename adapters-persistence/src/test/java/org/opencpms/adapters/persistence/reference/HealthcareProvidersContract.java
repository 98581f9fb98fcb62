package org.opencpms.adapters.persistence.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.HealthcareProviderNotFound;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/** What every {@link HealthcareProviders} does, whatever stores it. */
abstract class HealthcareProvidersContract {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    protected abstract HealthcareProviders providers();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Reference data changes through a platform operator, whichever the ERN. */
    private static Actor operatorFor(Ern ern) {
        return Actor.operator(UserId.random());
    }

    private HealthcareProvider saved(String name, Map<Ern, MembershipType> memberships) {
        var provider = HealthcareProvider.restore(ProviderId.random(), name, Country.of("NL"), memberships, 0);
        inTransaction(() -> providers().save(provider));
        return provider;
    }

    @Test
    void a_saved_provider_is_found_with_every_field_and_version_zero() {
        var provider = HealthcareProvider.register(ProviderId.random(), "Radboudumc", Country.of("NL"), operatorFor(Ern.ERKNET), NOW);
        provider.join(Ern.ERKNET, MembershipType.FULL_MEMBER, operatorFor(Ern.ERKNET), NOW);
        provider.join(Ern.BOND, MembershipType.AFFILIATED_PARTNER, operatorFor(Ern.BOND), NOW);

        inTransaction(() -> providers().save(provider));

        var found = read(() -> providers().get(provider.id()));
        assertThat(found.id()).isEqualTo(provider.id());
        assertThat(found.name()).isEqualTo("Radboudumc");
        assertThat(found.country()).isEqualTo(Country.of("NL"));
        assertThat(found.memberships()).isEqualTo(Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER,
                Ern.BOND, MembershipType.AFFILIATED_PARTNER));
        assertThat(found.version()).isZero();
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void each_save_increments_the_version_by_one_and_stores_the_changes() {
        var provider = saved("Charité", Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER));

        var first = read(() -> providers().get(provider.id()));
        first.join(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER, operatorFor(Ern.ERKNET), NOW);
        first.join(Ern.EYE, MembershipType.FULL_MEMBER, operatorFor(Ern.EYE), NOW);
        inTransaction(() -> providers().save(first));

        var second = read(() -> providers().get(provider.id()));
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.memberships()).isEqualTo(Map.of(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER,
                Ern.EYE, MembershipType.FULL_MEMBER));

        second.leave(Ern.ERKNET, operatorFor(Ern.ERKNET), NOW);
        inTransaction(() -> providers().save(second));

        var third = read(() -> providers().get(provider.id()));
        assertThat(third.version()).isEqualTo(2);
        assertThat(third.memberships()).isEqualTo(Map.of(Ern.EYE, MembershipType.FULL_MEMBER));
    }

    @Test
    void saving_an_unchanged_provider_still_increments_the_version() {
        var provider = saved("AP-HP", Map.of());
        inTransaction(() -> providers().save(read(() -> providers().get(provider.id()))));
        assertThat(read(() -> providers().get(provider.id())).version()).isEqualTo(1);
    }

    @Test
    void saving_a_stale_version_fails_with_a_concurrent_update_and_changes_nothing() {
        var provider = saved("Karolinska", Map.of());
        var mine = read(() -> providers().get(provider.id()));
        var theirs = read(() -> providers().get(provider.id()));
        theirs.join(Ern.LUNG, MembershipType.FULL_MEMBER, operatorFor(Ern.LUNG), NOW);
        inTransaction(() -> providers().save(theirs));

        mine.join(Ern.SKIN, MembershipType.FULL_MEMBER, operatorFor(Ern.SKIN), NOW);
        assertThatThrownBy(() -> inTransaction(() -> providers().save(mine)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.concurrent-update");

        var stored = read(() -> providers().get(provider.id()));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.memberships()).isEqualTo(Map.of(Ern.LUNG, MembershipType.FULL_MEMBER));
    }

    @Test
    void a_provider_found_is_a_copy_that_changes_nothing_until_saved() {
        var provider = saved("Necker", Map.of());
        var found = read(() -> providers().get(provider.id()));
        found.join(Ern.ITHACA, MembershipType.FULL_MEMBER, operatorFor(Ern.ITHACA), NOW);
        provider.join(Ern.RITA, MembershipType.FULL_MEMBER, operatorFor(Ern.RITA), NOW);

        assertThat(read(() -> providers().get(provider.id())).memberships()).isEmpty();
    }

    @Test
    void the_centres_of_a_country_are_found_by_name_members_of_an_ern_or_not() {
        var tag = " " + java.util.UUID.randomUUID();
        var member = HealthcareProvider.restore(ProviderId.random(), "Vaduz B" + tag, Country.of("LI"),
                Map.of(Ern.EYE, MembershipType.FULL_MEMBER), 0);
        var nonMember = HealthcareProvider.restore(ProviderId.random(), "Vaduz A" + tag, Country.of("LI"), Map.of(), 0);
        var elsewhere = HealthcareProvider.restore(ProviderId.random(), "Reykjavik" + tag, Country.of("IS"), Map.of(), 0);
        inTransaction(() -> List.of(member, nonMember, elsewhere).forEach(providers()::save));

        var found = read(() -> providers().inCountry(Country.of("LI"))).stream()
                .filter(p -> p.name().endsWith(tag)).toList();

        assertThat(found).extracting(HealthcareProvider::name).containsExactly("Vaduz A" + tag, "Vaduz B" + tag);
        assertThat(found.get(1).memberships()).containsExactly(Map.entry(Ern.EYE, MembershipType.FULL_MEMBER));
    }

    @Test
    void an_unknown_provider_is_not_found() {
        var id = ProviderId.random();
        assertThat(read(() -> providers().find(id))).isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> providers().get(id)))
                .isInstanceOf(HealthcareProviderNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-found");
    }

    @Test
    void the_members_of_an_ern_are_every_kind_of_member_ordered_by_name_then_id() {
        var ern = Ern.TRANSPLANT_CHILD;
        var zagreb = saved("Zagreb KBC " + UUID.randomUUID(), Map.of(ern, MembershipType.ASSOCIATED_PARTNER));
        var aarhus = saved("Aarhus " + UUID.randomUUID(), Map.of(ern, MembershipType.FULL_MEMBER, Ern.EYE, MembershipType.FULL_MEMBER));
        var leuvenA = HealthcareProvider.restore(ProviderId.of("10000000-0000-0000-0000-000000000000"), "UZ Leuven",
                Country.of("BE"), Map.of(ern, MembershipType.AFFILIATED_PARTNER), 0);
        var leuvenB = HealthcareProvider.restore(ProviderId.of("20000000-0000-0000-0000-000000000000"), "UZ Leuven",
                Country.of("BE"), Map.of(ern, MembershipType.FULL_MEMBER), 0);
        inTransaction(() -> providers().save(leuvenB));
        inTransaction(() -> providers().save(leuvenA));
        saved("Elsewhere " + UUID.randomUUID(), Map.of(Ern.EYE, MembershipType.FULL_MEMBER));
        saved("Nowhere " + UUID.randomUUID(), Map.of());

        List<HealthcareProvider> members = read(() -> providers().membersOf(ern));

        assertThat(members).extracting(HealthcareProvider::id)
                .containsExactly(aarhus.id(), leuvenA.id(), leuvenB.id(), zagreb.id());
        assertThat(members.get(0).memberships()).isEqualTo(Map.of(ern, MembershipType.FULL_MEMBER, Ern.EYE, MembershipType.FULL_MEMBER));
        assertThat(members.get(0).version()).isZero();
    }

    @Test
    void names_are_ordered_as_java_compares_them_whatever_the_database_collation() {
        var ern = Ern.VASCERN;
        var lower = saved("alpha " + UUID.randomUUID(), Map.of(ern, MembershipType.FULL_MEMBER));
        var upper = saved("Zulu " + UUID.randomUUID(), Map.of(ern, MembershipType.FULL_MEMBER));
        var accented = saved("Ärzte " + UUID.randomUUID(), Map.of(ern, MembershipType.FULL_MEMBER));

        assertThat(read(() -> providers().membersOf(ern))).extracting(HealthcareProvider::id)
                .containsExactly(upper.id(), lower.id(), accented.id());
    }

    @Test
    void an_ern_without_members_has_an_empty_list() {
        saved("Somewhere " + UUID.randomUUID(), Map.of(Ern.EYE, MembershipType.FULL_MEMBER));
        assertThat(read(() -> providers().membersOf(Ern.GENTURIS))).isEmpty();
    }
}
