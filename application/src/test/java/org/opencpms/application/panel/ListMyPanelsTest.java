package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.PLANTED;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

class ListMyPanelsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ListMyPanels list = new ListMyPanels(world.panels, world.patients, world.policy, world.auditing);
    private final Actor member = world.expert(ERN);
    private final Actor invitee = world.expert(ERN);

    private List<PanelSummary> myPanels(Actor actor) {
        return list.handle(new ListMyPanels.Query(actor, 0, 50));
    }

    @Test
    void each_sees_the_panels_they_lead_belong_to_or_are_invited_to_with_their_role() {
        var panel = world.inAssessment(member);
        world.invite(panel, invitee);
        world.change(panel, p -> p.setDeadline(world.lead, NOW.plus(Duration.ofDays(9)), NOW));

        assertThat(myPanels(world.lead)).containsExactly(new PanelSummary(panel, new Nickname("brave-okapi-0427"), ERN,
                PanelState.ASSESSMENT, false, Optional.of(NOW.plus(Duration.ofDays(9))), PanelRole.LEAD));
        assertThat(myPanels(member)).extracting(PanelSummary::myRole).containsExactly(PanelRole.MEMBER);
        assertThat(myPanels(invitee)).extracting(PanelSummary::myRole).containsExactly(PanelRole.INVITED);
        assertThat(myPanels(world.expert(ERN))).isEmpty();
    }

    @Test
    void the_most_recently_drafted_come_first_deleted_ones_never_and_paging_applies() {
        var older = world.draft();
        var deleted = world.draft();
        world.change(deleted, p -> p.delete(world.lead, NOW));
        var newer = newerDraft();

        assertThat(myPanels(world.lead)).extracting(PanelSummary::id).containsExactly(newer, older);
        assertThat(list.handle(new ListMyPanels.Query(world.lead, 1, 1))).extracting(PanelSummary::id)
                .containsExactly(older);
    }

    @Test
    void each_panel_shown_is_audited_as_a_search_concerning_its_patient() {
        var first = world.draft();
        var second = newerDraft();

        myPanels(world.lead);

        assertThat(world.audit()).extracting(AuditEntry::action, AuditEntry::resourceId, AuditEntry::patient)
                .containsExactly(
                        tuple(AuditAction.SEARCH, second.toString(), world.patient),
                        tuple(AuditAction.SEARCH, first.toString(), world.patient));
    }

    @Test
    void no_summary_carries_identifying_data_not_even_for_the_enrolling_health_professional() {
        var panel = world.inAssessment(member);
        world.invite(panel, invitee);

        for (Actor actor : List.of(world.lead, member, invitee)) {
            assertThat(myPanels(actor)).singleElement()
                    .satisfies(s -> assertThat(s.toString()).doesNotContain(PLANTED).contains("brave-okapi-0427"));
        }
    }

    /** A draft drafted a day after the fixtures' drafts. */
    private PanelId newerDraft() {
        var panel = Panel.draft(PanelId.random(), world.patient, world.centre, ERN, world.lead,
                PanelFixtures.completeForm(), world.consentsOf(world.patient), NOW);
        world.panels.save(panel);
        return panel.id();
    }
}
