package org.opencpms.adapters.persistence.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.panel.PanelStories;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.kpi.PanelFact;
import org.opencpms.domain.kpi.UserFact;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * What every {@link KpiFacts} does, whatever it reads. The store may hold the facts of other tests:
 * each test looks at the panels of its own leads and at its own users only.
 */
public abstract class KpiFactsContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    protected abstract KpiFacts kpiFacts();

    /** Where the panels the facts are read from are stored. */
    protected abstract Panels panels();

    /** Where the users the facts are read from are stored. */
    protected abstract Users users();

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

    /** The facts of the panels {@code lead} takes part in. */
    private List<PanelFact> panelsOf(Actor lead, Ern ern) {
        return read(() -> kpiFacts().panels(ern)).stream().filter(f -> f.participants().contains(lead.id())).toList();
    }

    private User user(Country country, RoleGrant... grants) {
        UserId id = UserId.random();
        var user = User.restore(id, new Subject("https://id.example.org", id.toString()), "Dr. Test",
                EmailAddress.of("test@example.org"), country, Set.of(grants), Map.of(), 0);
        inTransaction(() -> users().save(user));
        return user;
    }

    private List<UserFact> factsOf(User... users) {
        Set<UserId> ids = Set.of(List.of(users).stream().map(User::id).toArray(UserId[]::new));
        return read(() -> kpiFacts().users()).stream().filter(f -> ids.contains(f.user())).toList();
    }

    @Test
    void a_panels_facts_are_its_ern_state_urgency_times_rating_and_participants() {
        Actor lead = PanelStories.lead();
        Actor member = PanelStories.expert();
        Panel closed = PanelStories.closed(lead, member, T0);
        save(closed);

        assertThat(panelsOf(lead, PanelStories.ERN)).containsExactly(PanelFact.of(closed));
        assertThat(PanelFact.of(closed)).satisfies(f -> {
            assertThat(f.openedAt()).isEqualTo(T0);
            assertThat(f.outcomeFinalisedAt()).isEqualTo(T0.plusSeconds(360));
            assertThat(f.usefulness()).isEqualTo(5);
            assertThat(f.participants()).containsExactlyInAnyOrder(lead.id(), member.id());
        });
    }

    @Test
    void a_draft_has_no_opening_no_outcome_no_rating_and_only_its_lead() {
        Actor lead = PanelStories.lead();
        Panel draft = PanelStories.draftIn(PanelStories.ERN, lead, T0);
        save(draft);

        assertThat(panelsOf(lead, null)).containsExactly(PanelFact.of(draft));
        assertThat(PanelFact.of(draft)).satisfies(f -> {
            assertThat(f.urgent()).isTrue();
            assertThat(f.openedAt()).isNull();
            assertThat(f.outcomeFinalisedAt()).isNull();
            assertThat(f.usefulness()).isNull();
            assertThat(f.participants()).containsExactly(lead.id());
        });
    }

    @Test
    void pending_invitees_are_not_participants() {
        Actor lead = PanelStories.lead();
        Actor member = PanelStories.expert();
        Actor invited = PanelStories.expert();
        Panel panel = PanelStories.inSelection(lead, T0, List.of(member), List.of(invited));
        save(panel);

        assertThat(panelsOf(lead, PanelStories.ERN)).singleElement()
                .satisfies(f -> assertThat(f.participants()).containsExactlyInAnyOrder(lead.id(), member.id()));
    }

    @Test
    void the_panels_of_an_ern_are_those_it_leads_and_all_panels_are_those_of_every_ern() {
        Actor lead = Actor.of(UserId.random(), RoleGrant.healthProfessional(PanelStories.ERN, PanelStories.CENTRE),
                RoleGrant.healthProfessional(PanelStories.OTHER_ERN, PanelStories.CENTRE));
        Panel ours = PanelStories.draftIn(PanelStories.ERN, lead, T0);
        Panel theirs = PanelStories.draftIn(PanelStories.OTHER_ERN, lead, T0.plusSeconds(1));
        List.of(ours, theirs).forEach(this::save);

        assertThat(panelsOf(lead, PanelStories.ERN)).containsExactly(PanelFact.of(ours));
        assertThat(panelsOf(lead, PanelStories.OTHER_ERN)).containsExactly(PanelFact.of(theirs));
        assertThat(panelsOf(lead, null)).containsExactlyInAnyOrder(PanelFact.of(ours), PanelFact.of(theirs));
        assertThat(panelsOf(lead, Ern.ERKNET)).isEmpty();
    }

    @Test
    void deleted_panels_are_never_counted() {
        Actor lead = PanelStories.lead();
        Panel kept = PanelStories.draftIn(PanelStories.ERN, lead, T0);
        Panel deleted = PanelStories.draftIn(PanelStories.ERN, lead, T0);
        deleted.delete(lead, T0.plusSeconds(60));
        List.of(kept, deleted).forEach(this::save);

        assertThat(panelsOf(lead, PanelStories.ERN)).containsExactly(PanelFact.of(kept));
        assertThat(panelsOf(lead, null)).containsExactly(PanelFact.of(kept));
    }

    @Test
    void a_panel_forwarded_to_another_ern_counts_for_the_ern_it_is_led_in_now() {
        Actor lead = PanelStories.lead();
        Actor coordinator = Actor.of(UserId.random(), RoleGrant.coordinator(PanelStories.ERN, PanelStories.OTHER_CENTRE));
        Panel panel = PanelStories.inSelection(lead, T0, List.of(), List.of());
        panel.forward(PanelStories.OTHER_ERN, coordinator, "Better placed there", T0.plusSeconds(60));
        save(panel);

        assertThat(panelsOf(lead, PanelStories.ERN)).isEmpty();
        assertThat(panelsOf(lead, PanelStories.OTHER_ERN)).containsExactly(PanelFact.of(panel));
    }

    @Test
    void a_users_facts_are_their_country_and_the_erns_of_their_grants() {
        User hp = user(Country.of("NL"), RoleGrant.healthProfessional(Ern.EURO_NMD, PanelStories.CENTRE),
                RoleGrant.coordinator(Ern.RND, PanelStories.CENTRE), RoleGrant.researcher(Ern.EURO_NMD));
        User guest = user(Country.of("DE"), RoleGrant.guestExpert(PanelId.random()));
        User auditor = user(Country.of("FR"), RoleGrant.auditor(null));

        assertThat(factsOf(hp, guest, auditor)).containsExactlyInAnyOrder(
                new UserFact(hp.id(), Country.of("NL"), Set.of(Ern.EURO_NMD, Ern.RND)),
                new UserFact(guest.id(), Country.of("DE"), Set.of()),
                new UserFact(auditor.id(), Country.of("FR"), Set.of()));
    }

    @Test
    void a_user_without_any_grant_is_not_a_fact() {
        User newcomer = user(Country.of("BE"));
        User hp = user(Country.of("BE"), RoleGrant.healthProfessional(Ern.ERKNET, PanelStories.CENTRE));

        assertThat(factsOf(newcomer, hp)).extracting(UserFact::user).containsExactly(hp.id());
    }
}
