package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.DiseaseGroupAdded;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.reference.NotOperator;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;

class AddDiseaseGroupTest {

    private static final DiseaseGroup TG1 = new DiseaseGroup("TG1", "Immunological kidney disorders");

    private final PeopleFixtures world = new PeopleFixtures();
    private final AddDiseaseGroup add = new AddDiseaseGroup(world.networks, world.events, world.auditing, world.clock);
    private final Actor operator = world.operator();

    @Test
    void an_operator_adds_a_disease_group_to_an_ern() {
        world.networks.save(Network.restore(PeopleFixtures.ERN, List.of(), 0));

        add.handle(new AddDiseaseGroup.Command(operator, PeopleFixtures.ERN, TG1));

        assertThat(world.networks.get(PeopleFixtures.ERN).diseaseGroups()).containsExactly(TG1);
        assertThat(world.events.published(DiseaseGroupAdded.class)).singleElement()
                .satisfies(e -> assertThat(e.groupCode()).isEqualTo("TG1"));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.actor()).isEqualTo(operator.id());
        assertThat(entry.resourceId()).isEqualTo("ERKNet");
        assertThat(entry.purpose()).isEqualTo("disease group TG1 added");
    }

    @Test
    void a_coordinator_adds_no_groups_even_to_their_own_ern() {
        world.networks.save(Network.restore(PeopleFixtures.OTHER_ERN, List.of(), 0));
        var coordinator = world.coordinator(PeopleFixtures.OTHER_ERN, world.centre(PeopleFixtures.OTHER_ERN));

        assertThatThrownBy(() -> add.handle(new AddDiseaseGroup.Command(coordinator, PeopleFixtures.OTHER_ERN, TG1)))
                .isInstanceOf(NotOperator.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThat(world.networks.get(PeopleFixtures.OTHER_ERN).diseaseGroups()).isEmpty();
    }

    @Test
    void an_ern_not_established_or_a_duplicate_group_is_refused() {
        assertThatThrownBy(() -> add.handle(new AddDiseaseGroup.Command(operator, PeopleFixtures.ERN, TG1)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.not-found");

        world.networks.save(Network.restore(PeopleFixtures.ERN, List.of(TG1), 0));
        assertThatThrownBy(() -> add.handle(new AddDiseaseGroup.Command(operator, PeopleFixtures.ERN,
                new DiseaseGroup("tg1", "Other"))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("network.duplicate-disease-group");
    }
}
