package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ProviderId;

class ListProvidersTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ListProviders listProviders = new ListProviders(world.providers, world.auditing);

    private ProviderId saved(String name, Map<Ern, MembershipType> memberships) {
        var provider = HealthcareProvider.restore(ProviderId.random(), name, Country.of("NL"), memberships, 0);
        world.providers.save(provider);
        return provider.id();
    }

    @Test
    void a_newcomer_lists_the_member_centres_of_an_ern_by_name() {
        var newcomer = world.person();
        var radboud = saved("Radboudumc", Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.RND,
                MembershipType.AFFILIATED_PARTNER));
        var amc = saved("Amsterdam UMC", Map.of(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER));
        saved("Elsewhere", Map.of(Ern.RND, MembershipType.FULL_MEMBER));

        var listed = listProviders.handle(new ListProviders.Query(newcomer, Ern.ERKNET));

        assertThat(listed).containsExactly(
                new ProviderSummary(amc, "Amsterdam UMC", Country.of("NL"),
                        Map.of(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER)),
                new ProviderSummary(radboud, "Radboudumc", Country.of("NL"),
                        Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.RND, MembershipType.AFFILIATED_PARTNER)));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(entry.actor()).isEqualTo(newcomer.id());
        assertThat(entry.resourceType()).isEqualTo("HealthcareProvider");
        assertThat(entry.resourceId()).isEqualTo("ERKNet");
        assertThat(entry.patient()).isNull();
    }

    @Test
    void a_subject_not_registered_yet_lists_them_too_and_the_search_is_audited_as_before_registration() {
        var radboud = saved("Radboudumc", Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER));

        var listed = listProviders.handle(new ListProviders.Query(null, Ern.ERKNET));

        assertThat(listed).extracting(ProviderSummary::id).contains(radboud);
        var entry = world.lastAudit();
        assertThat(entry.actor()).isNull();
        assertThat(entry.purpose()).isEqualTo("members of ERKNet, before registration");
    }
}
