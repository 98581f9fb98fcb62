package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class InMemoryNetworksTest {

    private static final DiseaseGroup TG1 = new DiseaseGroup("TG1", "Immunological kidney disorders");

    private final InMemoryNetworks networks = new InMemoryNetworks();

    @Test
    void a_saved_network_is_found_with_its_disease_groups() {
        networks.save(Network.restore(Ern.ERKNET, List.of(TG1), 0));

        assertThat(networks.get(Ern.ERKNET).diseaseGroups()).containsExactly(TG1);
        assertThat(networks.find(Ern.RND)).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        networks.save(Network.restore(Ern.ERKNET, List.of(), 0));
        networks.get(Ern.ERKNET).addDiseaseGroup(TG1, Actor.operator(UserId.random()), Instant.EPOCH);

        assertThat(networks.get(Ern.ERKNET).diseaseGroups()).isEmpty();
    }

    @Test
    void a_stale_copy_is_refused() {
        networks.save(Network.restore(Ern.ERKNET, List.of(), 0));
        var first = networks.get(Ern.ERKNET);
        var second = networks.get(Ern.ERKNET);
        networks.save(first);

        assertThat(networks.get(Ern.ERKNET).version()).isEqualTo(1);
        assertThatThrownBy(() -> networks.save(second))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.concurrent-update");
    }
}
