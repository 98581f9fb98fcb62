package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.reference.NetworkEstablished;

class EstablishNetworkTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final EstablishNetwork establish = new EstablishNetwork(world.networks, world.events, world.auditing,
            world.clock);

    private final Actor operator = world.operator();

    @Test
    void an_operator_establishes_an_ern_with_no_disease_groups() {
        establish.handle(new EstablishNetwork.Command(operator, Ern.EYE));

        assertThat(world.networks.get(Ern.EYE).diseaseGroups()).isEmpty();
        assertThat(world.events.published(NetworkEstablished.class)).singleElement()
                .satisfies(e -> assertThat(e.ern()).isEqualTo(Ern.EYE));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isEqualTo(operator.id());
        assertThat(entry.resourceType()).isEqualTo("Network");
        assertThat(entry.resourceId()).isEqualTo("ERN-EYE");
    }

    @Test
    void establishing_an_established_ern_changes_nothing() {
        var group = new DiseaseGroup("RD1", "Retinal dystrophies");
        world.networks.save(Network.restore(Ern.EYE, List.of(group), 0));

        establish.handle(new EstablishNetwork.Command(operator, Ern.EYE));

        assertThat(world.networks.get(Ern.EYE).diseaseGroups()).containsExactly(group);
        assertThat(world.networks.get(Ern.EYE).version()).isZero();
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void only_an_operator_establishes_an_ern_established_or_not() {
        world.networks.save(Network.restore(Ern.EYE, List.of(), 0));
        var coordinator = world.coordinator(Ern.EYE, world.centre(Ern.EYE));

        for (Ern ern : new Ern[] {Ern.EYE, Ern.LUNG}) {
            assertThatThrownBy(() -> establish.handle(new EstablishNetwork.Command(coordinator, ern)))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        }
        assertThat(world.networks.find(Ern.LUNG)).isEmpty();
        assertThat(world.audit()).isEmpty();
    }
}
