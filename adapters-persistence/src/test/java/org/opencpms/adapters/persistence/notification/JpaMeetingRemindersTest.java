package org.opencpms.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.notification.MeetingReminders;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;

@OnEveryEngine
class JpaMeetingRemindersTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final JpaTestDatabase database;
    private final JpaMeetingReminders reminders;

    JpaMeetingRemindersTest(JpaTestDatabase database) {
        this.database = database;
        reminders = new JpaMeetingReminders(database.entityManager());
    }

    private List<MeetingReminders.Due> take(Instant now) {
        return database.inTransaction(() -> reminders.take(now, 100));
    }

    private static List<MeetingId> meetings(List<MeetingReminders.Due> due) {
        return due.stream().map(MeetingReminders.Due::meeting).toList();
    }

    @Test
    void a_reminder_is_taken_when_due_and_only_once() {
        var meeting = MeetingId.random();
        var panel = PanelId.random();
        database.inTransaction(() -> reminders.schedule(meeting, panel, T0));

        assertThat(meetings(take(T0.minusSeconds(1)))).doesNotContain(meeting);
        assertThat(take(T0)).contains(new MeetingReminders.Due(meeting, panel));
        assertThat(meetings(take(T0.plusSeconds(3600)))).doesNotContain(meeting);
    }

    @Test
    void scheduling_again_moves_the_reminder_and_withdrawing_removes_it() {
        var moved = MeetingId.random();
        var withdrawn = MeetingId.random();
        database.inTransaction(() -> {
            reminders.schedule(moved, PanelId.random(), T0.plusSeconds(10));
            reminders.schedule(withdrawn, PanelId.random(), T0.plusSeconds(10));
        });
        database.inTransaction(() -> reminders.schedule(moved, PanelId.random(), T0.plusSeconds(500)));
        database.inTransaction(() -> reminders.withdraw(withdrawn));

        assertThat(meetings(take(T0.plusSeconds(100)))).doesNotContain(moved, withdrawn);
        assertThat(meetings(take(T0.plusSeconds(500)))).contains(moved);
    }

    @Test
    void a_reminder_taken_in_a_rolled_back_transaction_is_taken_again() {
        var meeting = MeetingId.random();
        database.inTransaction(() -> reminders.schedule(meeting, PanelId.random(), T0.plusSeconds(20_000)));

        assertThatThrownBy(() -> database.inTransaction(() -> {
            reminders.take(T0.plusSeconds(20_000), 100);
            throw new IllegalStateException("delivery failed");
        })).hasMessage("delivery failed");

        assertThat(meetings(take(T0.plusSeconds(20_000)))).contains(meeting);
    }

    @Test
    void of_two_nodes_taking_the_same_reminder_at_once_one_gets_it() throws Exception {
        var meeting = MeetingId.random();
        var now = T0.plusSeconds(40_000);
        database.inTransaction(() -> reminders.schedule(meeting, PanelId.random(), now));
        var firstTook = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
            var taken = reminders.take(now, 100);
            firstTook.countDown();
            pause();
            return meetings(taken);
        }));
        assertThat(firstTook.await(10, TimeUnit.SECONDS)).isTrue();
        var second = meetings(take(now));

        assertThat(first.get(10, TimeUnit.SECONDS)).contains(meeting);
        assertThat(second).doesNotContain(meeting);
    }

    private static void pause() {
        try {
            // holds the first transaction open while the second tries to take the same reminder: the race under test,
            // not a wait for a result
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
