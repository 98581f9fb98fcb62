package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.adapters.persistence.panel.PanelStories.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelNotFound;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/** What every {@link Panels} does, whatever stores the panels. */
public abstract class PanelsContract {

    protected abstract Panels panels();

    /** Runs the work in one transaction (or just runs it, for a store without transactions). */
    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> work) {
        var result = new AtomicReference<T>();
        inTransaction(() -> result.set(work.get()));
        return result.get();
    }

    private void save(Panel panel) {
        inTransaction(() -> panels().save(panel));
    }

    private Panel get(PanelId id) {
        return read(() -> panels().get(id));
    }

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    private static PanelSnapshot atVersion(PanelSnapshot s, long version) {
        return new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(), s.draftedAt(),
                s.copiedFrom(), s.state(), s.form(), s.deadline(), s.history(), s.forwardings(), s.handovers(),
                s.invitations(), s.comments(), s.dataRequests(), s.contributions(), s.meetings(), s.outcome(),
                s.usefulness(), version);
    }

    // ---------------------------------------------------------------- storing and reading

    @Test
    void a_new_panel_is_stored_at_version_zero_with_every_field() {
        Panel panel = PanelStories.draft(PatientId.random(), PanelStories.lead(), T0);

        save(panel);

        assertThat(get(panel.id()).snapshot()).isEqualTo(panel.snapshot());
        assertThat(get(panel.id()).version()).isZero();
    }

    @Test
    void a_panel_that_went_through_every_kind_of_change_is_read_back_exactly() {
        Panel panel = PanelStories.everyKindOfChange();

        save(panel);

        Panel read = get(panel.id());
        assertThat(read.snapshot()).isEqualTo(panel.snapshot());
        assertThat(read.participants()).isEqualTo(panel.participants());
        assertThat(read.pullEvents()).isEmpty();
    }

    @Test
    void an_unknown_panel_is_not_found() {
        PanelId unknown = PanelId.random();

        assertThat(read(() -> panels().find(unknown))).isEmpty();
        assertThatThrownBy(() -> get(unknown))
                .isInstanceOf(PanelNotFound.class)
                .extracting(PanelsContract::code).isEqualTo("panel.not-found");
    }

    @Test
    void each_save_of_a_changed_panel_grows_the_version_by_one_and_stores_the_change() {
        Actor lead = PanelStories.lead();
        Panel panel = PanelStories.draft(PatientId.random(), lead, T0);
        save(panel);

        Panel first = get(panel.id());
        first.setDeadline(lead, day(30), day(1));
        save(first);
        Panel second = get(panel.id());
        second.submit(lead, PanelStories.consenting(panel.patient()), ErnConfiguration.defaultFor(PanelStories.ERN), day(2));
        save(second);

        Panel stored = get(panel.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.deadline()).contains(day(30));
        assertThat(stored.state()).isEqualTo(PanelState.PANEL_SELECTION);
        assertThat(stored.snapshot()).isEqualTo(atVersion(second.snapshot(), 2));
    }

    @Test
    void saving_an_unchanged_panel_still_grows_the_version_by_one() {
        Panel panel = PanelStories.draft(PatientId.random(), PanelStories.lead(), T0);
        save(panel);

        save(get(panel.id()));
        save(get(panel.id()));

        assertThat(get(panel.id()).version()).isEqualTo(2);
    }

    @Test
    void saving_a_stale_panel_is_a_concurrent_update_and_changes_nothing() {
        Actor lead = PanelStories.lead();
        Panel panel = PanelStories.draft(PatientId.random(), lead, T0);
        save(panel);
        Panel mine = get(panel.id());
        Panel theirs = get(panel.id());
        theirs.setDeadline(lead, day(20), day(1));
        save(theirs);

        mine.setDeadline(lead, day(40), day(1));

        assertThatThrownBy(() -> save(mine))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(PanelsContract::code).isEqualTo("panel.concurrent-update");
        Panel stored = get(panel.id());
        assertThat(stored.deadline()).contains(day(20));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void saving_a_new_panel_again_after_it_was_changed_is_a_concurrent_update() {
        Actor lead = PanelStories.lead();
        Panel panel = PanelStories.draft(PatientId.random(), lead, T0);
        save(panel);
        Panel changed = get(panel.id());
        changed.setDeadline(lead, day(20), day(1));
        save(changed);

        assertThatThrownBy(() -> save(panel))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(PanelsContract::code).isEqualTo("panel.concurrent-update");
    }

    @Test
    void reads_return_independent_copies() {
        Actor lead = PanelStories.lead();
        Panel panel = PanelStories.draft(PatientId.random(), lead, T0);
        save(panel);
        panel.setDeadline(lead, day(30), day(1));

        Panel one = get(panel.id());
        Panel other = get(panel.id());
        one.setDeadline(lead, day(40), day(1));

        assertThat(one).isNotSameAs(other);
        assertThat(other.deadline()).isEmpty();
        assertThat(get(panel.id()).deadline()).isEmpty();
    }

    // ---------------------------------------------------------------- a patient's panels

    @Test
    void a_patients_panels_are_listed_in_every_state_the_most_recently_drafted_first() {
        Actor lead = PanelStories.lead();
        PatientId patient = PatientId.random();
        Panel oldest = PanelStories.draft(patient, lead, day(1));
        Panel deleted = PanelStories.draft(patient, lead, day(2));
        deleted.delete(lead, day(3));
        Panel newest = PanelStories.draft(patient, lead, day(4));
        Panel anotherPatients = PanelStories.draft(PatientId.random(), lead, day(5));
        List.of(oldest, newest, deleted, anotherPatients).forEach(this::save);

        assertThat(read(() -> panels().ofPatient(patient))).extracting(Panel::id)
                .containsExactly(newest.id(), deleted.id(), oldest.id());
        assertThat(read(() -> panels().ofPatient(PatientId.random()))).isEmpty();
    }

    @Test
    void panels_drafted_at_the_same_time_are_listed_by_id() {
        Actor lead = PanelStories.lead();
        PatientId patient = PatientId.random();
        List<Panel> twins = List.of(PanelStories.draft(patient, lead, day(1)), PanelStories.draft(patient, lead, day(1)),
                PanelStories.draft(patient, lead, day(1)));
        twins.forEach(this::save);

        assertThat(read(() -> panels().ofPatient(patient))).extracting(p -> p.id().toString())
                .isSorted().hasSize(3);
    }

    // ---------------------------------------------------------------- my panels

    @Test
    void my_panels_are_those_i_lead_am_a_member_of_or_am_invited_to_the_most_recently_drafted_first() {
        Actor me = PanelStories.lead();
        Panel iLead = PanelStories.inSelection(me, day(1), List.of(), List.of());
        Panel iAmMember = PanelStories.inSelection(PanelStories.lead(), day(2), List.of(me), List.of());
        Panel iAmInvited = PanelStories.inSelection(PanelStories.lead(), day(3), List.of(), List.of(me));
        Panel notMine = PanelStories.inSelection(PanelStories.lead(), day(4), List.of(PanelStories.expert()), List.of());
        List.of(iAmInvited, notMine, iLead, iAmMember).forEach(this::save);

        assertThat(read(() -> panels().involving(me.id(), 0, 10))).extracting(Panel::id)
                .containsExactly(iAmInvited.id(), iAmMember.id(), iLead.id());
    }

    @Test
    void a_declined_invitation_does_not_make_a_panel_mine() {
        Actor me = PanelStories.expert();
        Actor lead = PanelStories.lead();
        Panel panel = PanelStories.inSelection(lead, day(1), List.of(), List.of(me));
        save(panel);
        Panel stored = get(panel.id());
        stored.decline(me, day(2));
        save(stored);

        assertThat(read(() -> panels().involving(me.id(), 0, 10))).isEmpty();
        assertThat(read(() -> panels().involving(lead.id(), 0, 10))).extracting(Panel::id).containsExactly(panel.id());
    }

    @Test
    void my_panels_follow_every_change_of_roles_accepting_and_handing_over() {
        Actor lead = PanelStories.lead();
        Actor me = PanelStories.expert();
        Panel panel = PanelStories.inSelection(lead, day(1), List.of(), List.of(me));
        save(panel);

        Panel accepted = get(panel.id());
        accepted.accept(me, day(2));
        save(accepted);
        Panel handedOver = get(panel.id());
        handedOver.handOver(me, lead, day(3));
        save(handedOver);

        assertThat(read(() -> panels().involving(me.id(), 0, 10))).singleElement()
                .satisfies(p -> assertThat(p.isLead(me.id())).isTrue());
        assertThat(read(() -> panels().involving(lead.id(), 0, 10))).singleElement()
                .satisfies(p -> assertThat(p.isMember(lead.id())).isTrue());
    }

    @Test
    void deleted_panels_are_not_among_my_panels() {
        Actor me = PanelStories.lead();
        Panel kept = PanelStories.draft(PatientId.random(), me, day(1));
        Panel deleted = PanelStories.draft(PatientId.random(), me, day(2));
        deleted.delete(me, day(3));
        List.of(kept, deleted).forEach(this::save);

        assertThat(read(() -> panels().involving(me.id(), 0, 10))).extracting(Panel::id).containsExactly(kept.id());
    }

    @Test
    void my_panels_are_paged() {
        Actor me = PanelStories.lead();
        List<Panel> mine = List.of(PanelStories.draft(PatientId.random(), me, day(5)),
                PanelStories.draft(PatientId.random(), me, day(4)), PanelStories.draft(PatientId.random(), me, day(3)),
                PanelStories.draft(PatientId.random(), me, day(2)), PanelStories.draft(PatientId.random(), me, day(1)));
        mine.forEach(this::save);

        assertThat(read(() -> panels().involving(me.id(), 0, 2))).extracting(Panel::id)
                .containsExactly(mine.get(0).id(), mine.get(1).id());
        assertThat(read(() -> panels().involving(me.id(), 2, 2))).extracting(Panel::id)
                .containsExactly(mine.get(2).id(), mine.get(3).id());
        assertThat(read(() -> panels().involving(me.id(), 4, 2))).extracting(Panel::id).containsExactly(mine.get(4).id());
        assertThat(read(() -> panels().involving(me.id(), 5, 2))).isEmpty();
    }

    // ---------------------------------------------------------------- my panels by cursor

    /** A fresh id whose canonical text starts with this hex digit. */
    private static PanelId idStartingWith(char digit) {
        return PanelId.of(digit + PanelId.random().toString().substring(1));
    }

    /** A fresh DRAFT with this id, of a new patient, led by {@code lead}, drafted at {@code at}. */
    private static Panel drafted(PanelId id, Actor lead, Instant at) {
        PatientId patient = PatientId.random();
        Panel panel = Panel.draft(id, patient, PanelStories.CENTRE, PanelStories.ERN, lead, PanelStories.form(false),
                PanelStories.consenting(patient), at);
        panel.pullEvents();
        return panel;
    }

    private Panel saved(Panel panel) {
        save(panel);
        return panel;
    }

    private List<Panel> after(Actor user, PanelCursor position, int limit) {
        return read(() -> panels().involving(user.id(), Optional.of(position), limit));
    }

    /** All of "my panels", read page by page after the token of the last one read. */
    private List<PanelId> walk(Actor user, int limit) {
        var seen = new ArrayList<PanelId>();
        Optional<PanelCursor> position = Optional.empty();
        List<Panel> page;
        do {
            var from = position;
            page = read(() -> panels().involving(user.id(), from, limit));
            assertThat(page).hasSizeLessThanOrEqualTo(limit);
            page.forEach(p -> seen.add(p.id()));
            if (!page.isEmpty()) {
                position = Optional.of(PanelCursor.parse(PanelCursor.of(page.get(page.size() - 1)).token()));
            }
        } while (page.size() == limit);
        return seen;
    }

    @Test
    void walking_my_panels_by_cursor_yields_every_panel_once_in_the_lists_order() {
        Actor me = PanelStories.lead();
        for (char digit : new char[] {'f', '0', '8', '7', 'a', '1'}) {
            save(drafted(idStartingWith(digit), me, day(1)));
        }
        for (int n = 2; n <= 5; n++) {
            save(drafted(PanelId.random(), me, day(n)));
            save(drafted(PanelId.random(), me, day(-n)));
        }
        save(PanelStories.inSelection(PanelStories.lead(), day(3), List.of(me), List.of()));
        save(PanelStories.inSelection(PanelStories.lead(), day(3), List.of(), List.of(me)));
        Panel deleted = drafted(PanelId.random(), me, day(4));
        deleted.delete(me, day(4));
        save(deleted);
        save(drafted(PanelId.random(), PanelStories.lead(), day(1)));
        var inOrder = read(() -> panels().involving(me.id(), 0, 100));
        assertThat(inOrder).hasSize(16).extracting(PanelCursor::of).isSortedAccordingTo(PanelCursor.LIST_ORDER);
        var expected = inOrder.stream().map(Panel::id).toList();

        for (int limit : new int[] {1, 2, 3, 5, 16, 100}) {
            assertThat(walk(me, limit)).as("limit %d", limit).isEqualTo(expected);
        }
        assertThat(read(() -> panels().involving(me.id(), Optional.empty(), 3))).extracting(Panel::id)
                .isEqualTo(expected.subList(0, 3));
        assertThat(read(() -> panels().involving(me.id(), Optional.empty(), 1)).get(0).snapshot())
                .isEqualTo(inOrder.get(0).snapshot());
    }

    @Test
    void panels_drafted_between_two_pages_neither_shift_nor_repeat_those_already_read() {
        Actor me = PanelStories.lead();
        Panel fourth = saved(drafted(PanelId.random(), me, day(1)));
        Panel third = saved(drafted(PanelId.random(), me, day(2)));
        Panel second = saved(drafted(idStartingWith('8'), me, day(3)));
        Panel first = saved(drafted(PanelId.random(), me, day(4)));
        var firstPage = read(() -> panels().involving(me.id(), Optional.empty(), 2));
        assertThat(firstPage).extracting(Panel::id).containsExactly(first.id(), second.id());

        save(drafted(PanelId.random(), me, day(5)));
        save(drafted(idStartingWith('0'), me, day(3)));
        Panel sameTimeLater = saved(drafted(idStartingWith('f'), me, day(3)));
        var secondPage = after(me, PanelCursor.of(firstPage.get(1)), 2);
        var thirdPage = after(me, PanelCursor.of(secondPage.get(1)), 2);

        assertThat(secondPage).extracting(Panel::id).containsExactly(sameTimeLater.id(), third.id());
        assertThat(thirdPage).extracting(Panel::id).containsExactly(fourth.id());
    }

    @Test
    void a_cursor_that_names_none_of_my_panels_continues_after_its_position() {
        Actor me = PanelStories.lead();
        Panel older = saved(drafted(PanelId.random(), me, day(1)));
        Panel low = saved(drafted(idStartingWith('1'), me, day(2)));
        Panel high = saved(drafted(idStartingWith('e'), me, day(2)));
        Panel newer = saved(drafted(PanelId.random(), me, day(3)));
        Panel notMine = saved(drafted(idStartingWith('8'), PanelStories.lead(), day(2)));

        assertThat(after(me, PanelCursor.of(notMine), 10)).extracting(Panel::id).containsExactly(high.id(), older.id());
        assertThat(after(me, new PanelCursor(day(2), idStartingWith('0')), 10)).extracting(Panel::id)
                .containsExactly(low.id(), high.id(), older.id());
        assertThat(after(me, new PanelCursor(day(2).plusNanos(1_000), PanelId.random()), 10)).extracting(Panel::id)
                .containsExactly(low.id(), high.id(), older.id());
        assertThat(after(me, new PanelCursor(day(9), PanelId.random()), 10)).extracting(Panel::id)
                .containsExactly(newer.id(), low.id(), high.id(), older.id());
        assertThat(after(me, new PanelCursor(day(1), PanelId.of("ffffffff-ffff-ffff-ffff-ffffffffffff")), 10)).isEmpty();
        assertThat(after(PanelStories.expert(), PanelCursor.of(newer), 10)).isEmpty();
    }

    @Test
    void a_page_by_cursor_has_a_bounded_limit() {
        Actor me = PanelStories.lead();
        var position = Optional.of(new PanelCursor(T0, PanelId.random()));
        for (int limit : new int[] {0, 501}) {
            assertThatThrownBy(() -> read(() -> panels().involving(me.id(), position, limit)))
                    .isInstanceOf(InvalidValue.class).extracting(PanelsContract::code).isEqualTo("limit.invalid");
            assertThatThrownBy(() -> read(() -> panels().involving(me.id(), Optional.empty(), limit)))
                    .isInstanceOf(InvalidValue.class).extracting(PanelsContract::code).isEqualTo("limit.invalid");
        }
        assertThat(read(() -> panels().involving(me.id(), position, 500))).isEmpty();
    }

    @Test
    void a_page_out_of_bounds_is_refused() {
        Actor me = PanelStories.lead();

        assertThatThrownBy(() -> read(() -> panels().involving(me.id(), -1, 10)))
                .isInstanceOf(InvalidValue.class).extracting(PanelsContract::code).isEqualTo("offset.invalid");
        assertThatThrownBy(() -> read(() -> panels().involving(me.id(), 0, 0)))
                .isInstanceOf(InvalidValue.class).extracting(PanelsContract::code).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> read(() -> panels().involving(me.id(), 0, 501)))
                .isInstanceOf(InvalidValue.class).extracting(PanelsContract::code).isEqualTo("limit.invalid");
    }
}
