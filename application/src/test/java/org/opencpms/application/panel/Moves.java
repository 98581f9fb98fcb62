package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.PanelStateChanged;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** Assertions on a lifecycle move made by a use case. */
final class Moves {

    private Moves() {
    }

    /**
     * The panel moved from {@code from} to {@code to}, by {@code by} for {@code reason}: saved (one
     * version on), published as {@link PanelStateChanged}, and audited as a transition.
     */
    static void assertMoved(PanelFixtures world, PanelId panel, long versionBefore, PanelState from, PanelState to,
                            String reason, Actor by) {
        var stored = world.stored(panel);
        assertThat(stored.state()).isEqualTo(to);
        assertThat(stored.version()).isEqualTo(versionBefore + 1);
        assertThat(world.events.published(PanelStateChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.panel()).isEqualTo(panel);
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.to()).isEqualTo(to);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.by()).isEqualTo(by.id());
            assertThat(e.occurredAt()).isEqualTo(PanelFixtures.NOW);
        });
        world.assertAudited(AuditAction.TRANSITION, by, panel);
    }
}
