package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;

class PanelChangesTest {

    private final PanelFixtures world = new PanelFixtures();
    private final PanelChanges changes = new PanelChanges(world.panels, world.events, world.auditing, world.clock);

    @Test
    void a_change_at_the_expected_version_is_saved_published_and_audited_and_returns_its_result() {
        var panel = world.inSelection();
        long version = world.version(panel);

        var result = changes.changeAndGet(panel, version, world.lead, AuditAction.UPDATE, "a purpose", (p, now) -> {
            p.comment(world.lead, "first impressions", now);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.stored(panel).comments()).singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(PanelFixtures.NOW));
        assertThat(world.events.published()).singleElement().isInstanceOf(CommentPosted.class);
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
        assertThat(world.lastAudit().purpose()).isEqualTo("a purpose");
        assertThat(world.lastAudit().at()).isEqualTo(PanelFixtures.NOW);
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
