package org.opencpms.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryCalendarEntries;
import org.opencpms.application.memory.InMemoryCalendarFeeds;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.calendar.CalendarFeedNotFound;
import org.opencpms.domain.calendar.CalendarFormat;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.NotOwnAccount;
import org.opencpms.domain.user.UserNotFound;

class CalendarFeedTest {

    /** Writes one line per entry: its meeting, the language and whether cancelled. */
    private static final CalendarFormat LINES = (entries, language) -> entries.stream()
            .map(e -> e.meeting() + " " + language.code() + " " + e.cancelled()).collect(Collectors.joining("\n"));

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();
    private final InMemoryCalendarEntries entries = new InMemoryCalendarEntries();
    private final IssueCalendarFeed issue = new IssueCalendarFeed(world.users, feeds, world.clock, new SecureRandom());
    private final RevokeCalendarFeed revoke = new RevokeCalendarFeed(world.users, feeds);
    private final ReadCalendarFeed read = new ReadCalendarFeed(feeds, entries, LINES, world.users, world.clock);

    private CalendarEntry meeting(Duration fromNow) {
        return new CalendarEntry(MeetingId.random(), PanelId.random(), "blue-heron-7", NOW.plus(fromNow),
                NOW.plus(fromNow).plus(Duration.ofHours(1)), VideoLink.of("https://meet.example.eu/x"), 42, false);
    }

    @Test
    void a_feed_lists_the_meetings_its_owner_attends_and_no_others_nor_long_past_ones() {
        var owner = world.expert(ERN);
        var other = world.expert(ERN);
        var attended = meeting(Duration.ofDays(1));
        var recent = meeting(Duration.ofDays(-30));
        entries.save(attended, Set.of(owner.id(), other.id()));
        entries.save(recent, Set.of(owner.id()));
        entries.save(meeting(Duration.ofDays(-200)), Set.of(owner.id()));
        entries.save(meeting(Duration.ofDays(2)), Set.of(other.id()));

        var secret = issue.handle(new IssueCalendarFeed.Command(owner, owner.id()));

        assertThat(read.handle(secret.value()).lines()).containsExactly(recent.meeting() + " en false",
                attended.meeting() + " en false");
    }

    @Test
    void an_older_change_never_replaces_a_newer_one() {
        var owner = world.expert(ERN);
        var entry = meeting(Duration.ofDays(1));
        entries.save(new CalendarEntry(entry.meeting(), entry.panel(), entry.nickname(), entry.start(), entry.end(),
                entry.video(), 50, true), Set.of(owner.id()));
        entries.save(entry, Set.of(owner.id()));

        assertThat(entries.of(owner.id(), NOW, 10)).singleElement().extracting(CalendarEntry::cancelled).isEqualTo(true);
    }

    @Test
    void a_new_secret_replaces_the_old_one_and_a_revoked_unknown_or_malformed_secret_reads_nothing() {
        var owner = world.expert(ERN);
        var first = issue.handle(new IssueCalendarFeed.Command(owner, owner.id()));
        var second = issue.handle(new IssueCalendarFeed.Command(owner, owner.id()));

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> read.handle(first.value())).isInstanceOf(CalendarFeedNotFound.class);
        assertThat(read.handle(second.value())).isEmpty();

        assertThat(revoke.handle(new RevokeCalendarFeed.Command(owner, owner.id()))).isTrue();
        assertThatThrownBy(() -> read.handle(second.value())).isInstanceOf(CalendarFeedNotFound.class);
        assertThatThrownBy(() -> read.handle("not-a-secret")).isInstanceOf(CalendarFeedNotFound.class);
        assertThatThrownBy(() -> read.handle(null)).isInstanceOf(CalendarFeedNotFound.class);
        assertThat(revoke.handle(new RevokeCalendarFeed.Command(owner, owner.id()))).isFalse();
    }

    @Test
    void a_caller_without_an_account_has_no_feed_to_issue_or_revoke() {
        var operator = Actor.operator(UserId.random());

        assertThatThrownBy(() -> issue.handle(new IssueCalendarFeed.Command(operator, operator.id())))
                .isInstanceOf(UserNotFound.class);
        assertThatThrownBy(() -> revoke.handle(new RevokeCalendarFeed.Command(operator, operator.id())))
                .isInstanceOf(UserNotFound.class);
    }

    @Test
    void only_users_themselves_issue_or_revoke_their_feed() {
        var owner = world.expert(ERN);
        var other = world.expert(ERN);
        issue.handle(new IssueCalendarFeed.Command(owner, owner.id()));

        assertThatThrownBy(() -> issue.handle(new IssueCalendarFeed.Command(other, owner.id())))
                .isInstanceOf(NotOwnAccount.class);
        assertThatThrownBy(() -> revoke.handle(new RevokeCalendarFeed.Command(other, owner.id())))
                .isInstanceOf(NotOwnAccount.class);
    }
}
