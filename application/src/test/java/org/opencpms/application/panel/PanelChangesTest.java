package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;

class PanelChangesTest {

    private final PanelFixtures world = new PanelFixtures();
    private final PanelChanges changes = new PanelChanges(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void a_change_at_the_expected_version_is_saved_published_and_audited_once_and_returns_what_it_created() {
        var panel = world.inSelection();
        long version = world.version(panel);

        var created = changes.create(panel, version, world.lead, AuditAction.UPDATE, "a purpose", (p, now) -> {
            p.comment(world.lead, "first impressions", now);
            return "done";
        });

        assertThat(created.id()).isEqualTo("done");
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.stored(panel).comments()).singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(PanelFixtures.NOW));
        assertThat(world.events.published()).singleElement().isInstanceOf(CommentPosted.class);
        assertThat(world.audit()).as("the change's entry, and none for its answer").hasSize(1);
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
        assertThat(world.lastAudit().purpose()).isEqualTo("a purpose");
        assertThat(world.lastAudit().at()).isEqualTo(PanelFixtures.NOW);
    }

    @Test
    void a_change_answers_the_panel_as_the_actor_now_sees_it_at_the_version_stored() {
        var panel = world.inSelection();

        var seen = changes.change(panel, null, world.lead, AuditAction.UPDATE, "comment",
                (p, now) -> p.comment(world.lead, "first impressions", now));

        assertThat(seen).hasValueSatisfying(view -> {
            assertThat(view.id()).isEqualTo(panel);
            assertThat(view.version()).isEqualTo(world.version(panel));
            assertThat(view.timeline()).singleElement()
                    .satisfies(c -> assertThat(c.text()).isEqualTo("first impressions"));
            assertThat(view.patient().id()).isEqualTo(world.patient);
            assertThat(view.patient().ageInYears()).isEqualTo(37);
            assertThat(view.toString()).doesNotContain(PanelFixtures.PLANTED);
        });
    }

    @Test
    void a_change_that_takes_the_panel_out_of_the_actor_s_sight_is_made_and_answers_no_panel() {
        var panel = world.inSelection();
        var expert = world.expert(ERN);
        world.invite(panel, expert);
        long version = world.version(panel);

        var seen = changes.change(panel, version, expert, AuditAction.UPDATE, "decline invitation",
                (p, now) -> p.decline(expert, now));

        assertThat(seen).isEmpty();
        assertThat(world.version(panel)).isEqualTo(version + 1);
        world.assertAudited(AuditAction.UPDATE, expert, panel);
    }

    @Test
    void without_an_expected_version_no_version_is_checked() {
        var panel = world.inSelection();

        changes.change(panel, null, world.lead, AuditAction.TRANSITION, "start assessment",
                (p, now) -> p.startAssessment(world.lead, now));

        assertThat(world.stored(panel).state()).isEqualTo(PanelState.ASSESSMENT);
    }

    @Test
    void a_change_the_panel_refuses_is_neither_saved_nor_published_nor_audited() {
        var panel = world.inSelection();
        long version = world.version(panel);
        var stranger = world.expert(Ern.ERKNET);

        assertRefused(() -> changes.change(panel, version, stranger, AuditAction.UPDATE, "comment",
                (p, now) -> p.comment(stranger, "let me in", now)), "panel.not-participant");

        assertThat(world.version(panel)).isEqualTo(version);
        assertThat(world.stored(panel).comments()).isEmpty();
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }
}
