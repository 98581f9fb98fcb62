package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class InMemoryPanelsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryPanels panels = world.panels;

    private Panel draftedDaysAgo(int days) {
        var panel = Panel.draft(PanelId.random(), world.patient, world.centre, ERN, world.lead,
                PanelFixtures.completeForm(), world.consentsOf(world.patient), NOW.minus(Duration.ofDays(days)));
        panels.save(panel);
        return panel;
    }

    @Test
    void a_saved_panel_is_found_with_its_complete_state_as_version_0_then_one_version_per_save() {
        var id = world.inSelection();

        var found = panels.find(id).orElseThrow();
        assertThat(found.state()).isEqualTo(PanelState.PANEL_SELECTION);
        assertThat(found.snapshot()).isEqualTo(world.stored(id).snapshot());
        assertThat(found.version()).isEqualTo(1);
        assertThat(panels.find(PanelId.random())).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        var id = world.inSelection();
        var copy = panels.get(id);

        copy.comment(world.lead, "not saved", NOW);

        assertThat(panels.get(id).comments()).isEmpty();
        assertThat(copy.pullEvents()).hasSize(1);
    }

    @Test
    void saving_a_stale_version_is_a_concurrent_update() {
        var id = world.inSelection();
        var first = panels.get(id);
        var second = panels.get(id);
        first.comment(world.lead, "first", NOW);
        panels.save(first);
        second.comment(world.lead, "second", NOW);

        assertRefused(() -> panels.save(second), "panel.concurrent-update");
        assertThat(panels.get(id).comments()).extracting(c -> c.text()).containsExactly("first");
    }

    @Test
    void involving_lists_led_joined_and_invited_panels_newest_first_without_deleted_ones() {
        var older = draftedDaysAgo(3);
        var deleted = draftedDaysAgo(2);
        world.change(deleted.id(), p -> p.delete(world.lead, NOW));
        var newer = draftedDaysAgo(1);
        var member = world.expert(ERN);
        var invitee = world.expert(ERN);
        var joined = world.inSelection();
        world.join(joined, member);
        world.invite(joined, invitee);

        assertThat(panels.involving(world.lead.id(), 0, 10)).extracting(Panel::id)
                .containsExactly(newer.id(), older.id(), joined);
        assertThat(panels.involving(world.lead.id(), 1, 1)).extracting(Panel::id).containsExactly(older.id());
        assertThat(panels.involving(member.id(), 0, 10)).extracting(Panel::id).containsExactly(joined);
        assertThat(panels.involving(invitee.id(), 0, 10)).extracting(Panel::id).containsExactly(joined);
        assertThat(panels.involving(world.expert(ERN).id(), 0, 10)).isEmpty();
    }

    @Test
    void involving_lists_the_panels_after_a_position_in_the_same_order() {
        var older = draftedDaysAgo(3);
        var deleted = draftedDaysAgo(2);
        world.change(deleted.id(), p -> p.delete(world.lead, NOW));
        var newer = draftedDaysAgo(1);

        assertThat(panels.involving(world.lead.id(), Optional.empty(), 10)).extracting(Panel::id)
                .containsExactly(newer.id(), older.id());
        assertThat(panels.involving(world.lead.id(), Optional.empty(), 1)).extracting(Panel::id).containsExactly(newer.id());
        assertThat(panels.involving(world.lead.id(), Optional.of(PanelCursor.of(newer)), 10)).extracting(Panel::id)
                .containsExactly(older.id());
        assertThat(panels.involving(world.lead.id(), Optional.of(PanelCursor.of(older)), 10)).isEmpty();
        assertRefused(() -> panels.involving(world.lead.id(), Optional.empty(), 0), "limit.invalid");
    }

    @Test
    void of_patient_lists_every_panel_of_the_patient_newest_first_deleted_included() {
        var older = draftedDaysAgo(3);
        var deleted = draftedDaysAgo(2);
        world.change(deleted.id(), p -> p.delete(world.lead, NOW));
        var otherPatient = world.enrol(world.lead, world.centre, "quiet-heron-0001", "HOSP-1");

        assertThat(panels.ofPatient(world.patient)).extracting(Panel::id).containsExactly(deleted.id(), older.id());
        assertThat(panels.ofPatient(otherPatient)).isEmpty();
        assertThat(panels.ofPatient(PatientId.random())).isEmpty();
        assertThat(panels.all()).extracting(Panel::id).containsExactly(deleted.id(), older.id());
    }
}
