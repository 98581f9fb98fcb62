package org.opencpms.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;

class NetworkTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final DiseaseGroup TG1 = new DiseaseGroup("TG1", "Immunological kidney disorders");
    private static final DiseaseGroup TG2 = new DiseaseGroup("TG2", "Tubulopathies");
    private static final PlatformRoles OPERATOR = () -> true;
    private static final PlatformRoles NOT_OPERATOR = () -> false;

    @Test
    void an_established_network_has_no_disease_groups_yet() {
        var network = Network.establish(Ern.ERKNET, OPERATOR, NOW);

        assertThat(network.ern()).isEqualTo(Ern.ERKNET);
        assertThat(network.diseaseGroups()).isEmpty();
        assertThat(network.version()).isZero();
        assertThat(network.pullEvents()).containsExactly(new NetworkEstablished(Ern.ERKNET, NOW));
    }

    @Test
    void disease_groups_are_kept_in_the_order_added() {
        var network = Network.establish(Ern.ERKNET, OPERATOR, NOW);
        network.pullEvents();

        network.addDiseaseGroup(TG2, OPERATOR, NOW);
        network.addDiseaseGroup(TG1, OPERATOR, NOW);

        assertThat(network.diseaseGroups()).containsExactly(TG2, TG1);
        assertThat(network.diseaseGroup("tg1")).contains(TG1);
        assertThat(network.diseaseGroup("TG3")).isEmpty();
        assertThat(network.pullEvents()).containsExactly(
                new DiseaseGroupAdded(Ern.ERKNET, "TG2", NOW), new DiseaseGroupAdded(Ern.ERKNET, "TG1", NOW));
    }

    @Test
    void a_disease_group_code_is_unique_within_the_network_whatever_its_case() {
        var network = Network.restore(Ern.ERKNET, List.of(TG1), 3);

        assertThatThrownBy(() -> network.addDiseaseGroup(new DiseaseGroup("tg1", "Other"), OPERATOR, NOW))
                .isInstanceOf(DuplicateDiseaseGroup.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.duplicate-disease-group");
        assertThat(network.diseaseGroups()).containsExactly(TG1);
        assertThat(network.pullEvents()).isEmpty();
    }

    @Test
    void only_a_platform_operator_establishes_a_network_or_adds_a_disease_group() {
        var network = Network.restore(Ern.RND, List.of(), 3);

        assertThatThrownBy(() -> Network.establish(Ern.RND, NOT_OPERATOR, NOW))
                .isInstanceOf(NotOperator.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> network.addDiseaseGroup(TG1, NOT_OPERATOR, NOW))
                .isInstanceOf(NotOperator.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> network.addDiseaseGroup(TG1, null, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("actor.invalid");
        assertThat(network.diseaseGroups()).isEmpty();
        assertThat(network.pullEvents()).isEmpty();
    }

    @Test
    void a_restored_network_has_its_stored_state_and_no_events() {
        var network = Network.restore(Ern.RND, List.of(TG1, TG2), 3);

        assertThat(network.ern()).isEqualTo(Ern.RND);
        assertThat(network.diseaseGroups()).containsExactly(TG1, TG2);
        assertThat(network.version()).isEqualTo(3);
        assertThat(network.pullEvents()).isEmpty();
        assertThatThrownBy(() -> Network.restore(Ern.RND, List.of(TG1, TG1), 3))
                .isInstanceOf(DuplicateDiseaseGroup.class);
    }

    @Test
    void a_disease_group_has_a_short_hyphenated_code_and_a_name() {
        assertThat(new DiseaseGroup(" TG-12a ", " Glomerular ")).isEqualTo(new DiseaseGroup("TG-12a", "Glomerular"));
        assertThat(new DiseaseGroup("x".repeat(32), "n".repeat(200)).code()).hasSize(32);
        for (String bad : new String[] {"TG 1", "TG--1", "-TG", "TG-", "TG_1", "x".repeat(33)}) {
            assertThatThrownBy(() -> new DiseaseGroup(bad, "n")).as(bad)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("disease-group-code.invalid");
        }
        assertThatThrownBy(() -> new DiseaseGroup("TG1", "n".repeat(201)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("disease-group-name.invalid");
    }

    @Test
    void getting_a_network_without_data_fails_with_not_found() {
        var kept = Network.establish(Ern.EYE, OPERATOR, NOW);
        Networks networks = new Networks() {
            public Optional<Network> find(Ern ern) {
                return ern == Ern.EYE ? Optional.of(kept) : Optional.empty();
            }

            public void save(Network network) {
            }
        };

        assertThat(networks.get(Ern.EYE)).isSameAs(kept);
        assertThatThrownBy(() -> networks.get(Ern.LUNG))
                .isInstanceOf(NetworkNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.not-found");
    }
}
