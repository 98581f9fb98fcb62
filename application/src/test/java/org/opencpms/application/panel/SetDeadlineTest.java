package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.DeadlineSet;

class SetDeadlineTest {

    private final PanelFixtures world = new PanelFixtures();
    private final SetDeadline setDeadline = new SetDeadline(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_sets_the_date_by_which_they_want_the_outcome() {
        var panel = world.inSelection();
        long version = world.version(panel);
        var deadline = NOW.plus(Duration.ofDays(14));

        setDeadline.handle(new SetDeadline.Command(world.lead, panel, version, deadline));

        assertThat(world.stored(panel).deadline()).contains(deadline);
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(DeadlineSet.class)).singleElement()
                .satisfies(e -> assertThat(e.deadline()).isEqualTo(deadline));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void the_deadline_is_checked_against_the_clock() {
        var panel = world.inSelection();

        assertRefused(() -> setDeadline.handle(new SetDeadline.Command(world.lead, panel, null, NOW)),
                "panel.deadline-not-in-future");
    }
}
