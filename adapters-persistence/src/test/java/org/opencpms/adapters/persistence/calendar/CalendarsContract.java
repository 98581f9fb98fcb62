package org.opencpms.adapters.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** What every {@link CalendarEntries} and {@link CalendarFeeds} do, whatever keeps them. */
public abstract class CalendarsContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    protected abstract CalendarEntries entries();

    protected abstract CalendarFeeds feeds();

    /** Runs the work in one transaction (or just runs it, for a store without transactions). */
    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new AtomicReference<T>();
        inTransaction(() -> result.set(query.get()));
        return result.get();
    }

    private static CalendarEntry entry(MeetingId meeting, Instant start, long sequence, boolean cancelled) {
        return new CalendarEntry(meeting, PanelId.random(), "quiet-otter-12", start, start.plus(Duration.ofHours(1)),
                VideoLink.of("https://meet.example.eu/room?id=1&x=%C3%A9"), sequence, cancelled);
    }

    @Test
    void an_attendee_reads_the_entries_they_attend_that_end_after_a_time_earliest_first() {
        var attendee = UserId.random();
        var other = UserId.random();
        var late = entry(MeetingId.random(), T0.plus(Duration.ofDays(2)), 7, false);
        var early = entry(MeetingId.random(), T0.plus(Duration.ofDays(1)), 8, true);
        var past = entry(MeetingId.random(), T0.minus(Duration.ofDays(1)), 9, false);
        inTransaction(() -> {
            entries().save(late, Set.of(attendee, other));
            entries().save(early, Set.of(attendee));
            entries().save(past, Set.of(attendee));
        });

        assertThat(read(() -> entries().of(attendee, T0, 10))).containsExactly(early, late);
        assertThat(read(() -> entries().of(attendee, T0, 1))).containsExactly(early);
        assertThat(read(() -> entries().of(other, T0, 10))).containsExactly(late);
        assertThat(read(() -> entries().of(UserId.random(), T0, 10))).isEmpty();
    }

    @Test
    void a_later_change_replaces_the_entry_and_its_attendees_and_an_earlier_one_changes_nothing() {
        var stays = UserId.random();
        var dropped = UserId.random();
        var meeting = MeetingId.random();
        inTransaction(() -> entries().save(entry(meeting, T0.plus(Duration.ofDays(1)), 10, false), Set.of(stays, dropped)));
        var moved = entry(meeting, T0.plus(Duration.ofDays(3)), 20, false);
        inTransaction(() -> entries().save(moved, Set.of(stays)));
        inTransaction(() -> entries().save(entry(meeting, T0.plus(Duration.ofDays(5)), 15, true), Set.of(stays, dropped)));

        assertThat(read(() -> entries().of(stays, T0, 10))).containsExactly(moved);
        assertThat(read(() -> entries().of(dropped, T0, 10))).isEmpty();
    }

    @Test
    void a_feed_is_found_by_its_digest_until_replaced_or_revoked() {
        var owner = UserId.random();
        var first = "a".repeat(64);
        var second = "b".repeat(64);
        inTransaction(() -> feeds().issue(owner, first, T0));
        assertThat(read(() -> feeds().ownerOf(first))).contains(owner);

        inTransaction(() -> feeds().issue(owner, second, T0.plusSeconds(60)));
        assertThat(read(() -> feeds().ownerOf(first))).isEmpty();
        assertThat(read(() -> feeds().ownerOf(second))).contains(owner);

        assertThat(read(() -> feeds().revoke(owner))).isTrue();
        assertThat(read(() -> feeds().ownerOf(second))).isEqualTo(Optional.empty());
        assertThat(read(() -> feeds().revoke(owner))).isFalse();
        assertThat(read(() -> List.of(feeds().ownerOf("c".repeat(64))))).containsExactly(Optional.empty());
    }
}
