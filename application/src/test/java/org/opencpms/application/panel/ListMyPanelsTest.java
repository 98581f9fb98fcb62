package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.PLANTED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryPanelListings;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

class ListMyPanelsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ListMyPanels list = new ListMyPanels(new InMemoryPanelListings(world.panels, world.patients), world.auditing);
    private final Actor member = world.expert(ERN);
    private final Actor invitee = world.expert(ERN);

    private List<PanelSummary> myPanels(Actor actor) {
        var page = list.handle(new ListMyPanels.Query(actor, null, 50));
        assertThat(page.next()).isEmpty();
        return page.items();
    }

    /** Every panel of "my panels", walking the list page by page from its start. */
    private List<PanelId> walk(Actor actor, int limit) {
        var seen = new ArrayList<PanelId>();
        String after = null;
        do {
            var page = list.handle(new ListMyPanels.Query(actor, after, limit));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            page.items().forEach(s -> seen.add(s.id()));
            after = page.next().orElse(null);
        } while (after != null);
        return seen;
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
        var first = list.handle(new ListMyPanels.Query(world.lead, null, 1));
        assertThat(first.items()).extracting(PanelSummary::id).containsExactly(newer);
        assertThat(first.next()).contains(PanelCursor.of(world.stored(newer)).token());
        var second = list.handle(new ListMyPanels.Query(world.lead, first.next().orElseThrow(), 1));
        assertThat(second.items()).extracting(PanelSummary::id).containsExactly(older);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void walking_the_pages_lists_every_panel_once_in_order() {
        var expected = new ArrayList<PanelId>();
        for (int day = 1; day <= 9; day++) {
            expected.add(draftedAt(NOW.minus(Duration.ofDays(day))));
        }

        assertThat(walk(world.lead, 2)).isEqualTo(expected);
        assertThat(walk(world.lead, 3)).isEqualTo(expected);
        assertThat(walk(world.lead, 9)).isEqualTo(expected);
    }

    @Test
    void a_full_page_of_the_largest_size_still_learns_whether_a_next_page_exists() {
        for (int i = 0; i < Require.MAX_PAGE_SIZE + 1; i++) {
            draftedAt(NOW.minusSeconds(i));
        }

        var first = list.handle(new ListMyPanels.Query(world.lead, null, Require.MAX_PAGE_SIZE));
        var second = list.handle(new ListMyPanels.Query(world.lead, first.next().orElseThrow(), Require.MAX_PAGE_SIZE));

        assertThat(first.items()).hasSize(Require.MAX_PAGE_SIZE);
        assertThat(second.items()).hasSize(1);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void a_panel_drafted_between_two_pages_neither_shifts_nor_repeats_the_panels_listed() {
        var oldest = draftedAt(NOW.minus(Duration.ofDays(3)));
        var middle = draftedAt(NOW.minus(Duration.ofDays(2)));
        var newest = draftedAt(NOW.minus(Duration.ofDays(1)));
        var first = list.handle(new ListMyPanels.Query(world.lead, null, 1));

        var latest = newerDraft();
        var second = list.handle(new ListMyPanels.Query(world.lead, first.next().orElseThrow(), 1));

        assertThat(first.items()).extracting(PanelSummary::id).containsExactly(newest);
        assertThat(second.items()).extracting(PanelSummary::id).containsExactly(middle);
        assertThat(walk(world.lead, 1)).containsExactly(latest, newest, middle, oldest);
    }

    @Test
    void the_limit_is_bounded_and_the_token_must_be_one_the_list_handed_out() {
        assertThatThrownBy(() -> new ListMyPanels.Query(world.lead, null, 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> new ListMyPanels.Query(world.lead, null, Require.MAX_PAGE_SIZE + 1))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        for (String bad : List.of("", "page-2", new PatientCursor(PanelFixtures.TODAY, world.patient).token())) {
            assertThatThrownBy(() -> new ListMyPanels.Query(world.lead, bad, 10)).as(bad)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("cursor.invalid");
        }
        var position = new PanelCursor(NOW, PanelId.random());
        assertThat(new ListMyPanels.Query(world.lead, position.token(), 10).position()).contains(position);
        assertThat(new ListMyPanels.Query(world.lead, null, 10).position()).isEmpty();
    }

    @Test
    void a_token_of_a_position_that_names_no_panel_continues_after_that_position() {
        var older = draftedAt(NOW.minus(Duration.ofDays(2)));
        draftedAt(NOW.minus(Duration.ofDays(1)));
        var between = new PanelCursor(NOW.minus(Duration.ofDays(1)).minusSeconds(1), PanelId.random());

        assertThat(list.handle(new ListMyPanels.Query(world.lead, between.token(), 10)).items())
                .extracting(PanelSummary::id).containsExactly(older);
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

    /** A draft drafted after the fixtures' drafts. */
    private PanelId newerDraft() {
        return draftedAt(NOW);
    }

    /** A draft of the lead's, drafted at that time. */
    private PanelId draftedAt(Instant at) {
        var panel = Panel.draft(PanelId.random(), world.patient, world.centre, ERN, world.lead,
                PanelFixtures.completeForm(), world.consentsOf(world.patient), at);
        world.panels.save(panel);
        return panel.id();
    }
}
