package org.opencpms.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

@OnEveryEngine
class JpaMailQueueTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final JpaTestDatabase database;
    private final JpaNotifications notifications;
    private final JpaMailQueue queue;

    JpaMailQueueTest(JpaTestDatabase database) {
        this.database = database;
        notifications = new JpaNotifications(database.entityManager());
        queue = new JpaMailQueue(database.entityManager());
    }

    /** The engine's database is shared by the tests of a run: each starts with no mail queued. */
    @BeforeEach
    void no_mail_queued() {
        database.inTransaction(() -> database.entityManager().createNativeQuery("DELETE FROM mail_delivery")
                .executeUpdate());
    }

    private Notification deliver(NotificationChannel channel) {
        var n = NotificationsContract.note(UserId.random(), NotificationKind.INVITATION, channel, "Invitation",
                "You are invited", null, T0);
        database.inTransaction(() -> notifications.deliver(n));
        return n;
    }

    private List<MailQueue.Claimed> claim(Instant now, int limit) {
        return database.inTransaction(() -> queue.claim(now, now.plusSeconds(120), limit));
    }

    private static List<NotificationId> ids(List<MailQueue.Claimed> claimed) {
        return claimed.stream().map(c -> c.notification().id()).toList();
    }

    @Test
    void only_notifications_on_an_email_channel_are_queued_and_a_claimed_one_is_leased() {
        var both = deliver(NotificationChannel.BOTH);
        var email = deliver(NotificationChannel.EMAIL);
        deliver(NotificationChannel.IN_APP);

        var claimed = claim(T0.plusSeconds(1), 10);

        assertThat(ids(claimed)).containsExactlyInAnyOrder(both.id(), email.id());
        assertThat(claimed).allSatisfy(c -> assertThat(c.attempt()).isEqualTo(1));
        assertThat(claimed.stream().filter(c -> c.notification().id().equals(both.id())).findFirst().orElseThrow()
                .notification()).isEqualTo(both);
        assertThat(claim(T0.plusSeconds(60), 10)).isEmpty();
        var again = claim(T0.plusSeconds(200), 10);
        assertThat(ids(again)).containsExactlyInAnyOrder(both.id(), email.id());
        assertThat(again).allSatisfy(c -> assertThat(c.attempt()).isEqualTo(2));
    }

    @Test
    void a_notification_of_a_rolled_back_transaction_is_never_mailed() {
        var n = NotificationsContract.note(UserId.random(), NotificationKind.INVITATION, NotificationChannel.EMAIL,
                "Invitation", "You are invited", null, T0);

        assertThatThrownBy(() -> database.inTransaction(() -> {
            notifications.deliver(n);
            throw new IllegalStateException("the relay's transaction failed");
        })).hasMessageContaining("failed");

        assertThat(claim(T0.plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void a_sent_mail_is_never_claimed_again_and_a_failed_one_only_when_due() {
        var sent = deliver(NotificationChannel.EMAIL);
        var failed = deliver(NotificationChannel.EMAIL);
        claim(T0.plusSeconds(1), 10);

        database.inTransaction(() -> queue.sent(List.of(sent.id()), T0.plusSeconds(2)));
        database.inTransaction(() -> queue.failed(failed.id(), "connection refused", T0.plusSeconds(2),
                T0.plusSeconds(32)));

        assertThat(claim(T0.plusSeconds(31), 10)).isEmpty();
        assertThat(ids(claim(T0.plusSeconds(1000), 10))).containsExactly(failed.id());
    }

    @Test
    void a_batch_marked_sent_at_once_is_never_claimed_again_and_leaves_the_rest_pending() {
        var batch = List.of(deliver(NotificationChannel.EMAIL), deliver(NotificationChannel.EMAIL));
        var other = deliver(NotificationChannel.EMAIL);
        claim(T0.plusSeconds(1), 10);

        database.inTransaction(() -> queue.sent(batch.stream().map(Notification::id).toList(), T0.plusSeconds(2)));

        assertThat(ids(claim(T0.plusSeconds(1000), 10))).containsExactly(other.id());
    }

    @Test
    void a_mail_given_up_is_listed_dead_until_an_operator_retries_it() {
        var mail = deliver(NotificationChannel.EMAIL);
        claim(T0.plusSeconds(1), 10);
        database.inTransaction(() -> queue.failed(mail.id(), "550 mailbox unavailable", T0.plusSeconds(2), null));

        assertThat(claim(T0.plusSeconds(5000), 10)).isEmpty();
        var dead = database.inTransaction(() -> queue.dead(0, 10));
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.notification()).isEqualTo(mail.id());
            assertThat(d.recipient()).isEqualTo(mail.recipient());
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastFailure()).isEqualTo("550 mailbox unavailable");
        });

        assertThat(database.inTransaction(() -> queue.retry(mail.id(), T0.plusSeconds(6000)))).isTrue();
        assertThat(database.inTransaction(() -> queue.retry(mail.id(), T0.plusSeconds(6000)))).isFalse();
        assertThat(database.inTransaction(() -> queue.dead(0, 10))).isEmpty();
        var retried = claim(T0.plusSeconds(6001), 10);
        assertThat(ids(retried)).containsExactly(mail.id());
        assertThat(retried.get(0).attempt()).isEqualTo(1);
    }

    @Test
    void two_workers_claiming_at_once_never_claim_the_same_mail() throws Exception {
        var queued = new HashSet<NotificationId>();
        for (int i = 0; i < 60; i++) {
            queued.add(deliver(NotificationChannel.EMAIL).id());
        }
        var start = new CountDownLatch(1);
        var now = T0.plusSeconds(1);
        var workers = new ArrayList<CompletableFuture<List<NotificationId>>>();
        for (int w = 0; w < 2; w++) {
            workers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                var mine = new ArrayList<NotificationId>();
                for (var batch = claim(now, 7); !batch.isEmpty(); batch = claim(now, 7)) {
                    mine.addAll(ids(batch));
                }
                return mine;
            }));
        }
        start.countDown();
        var first = workers.get(0).get();
        var second = workers.get(1).get();

        var takenByBoth = new HashSet<>(first);
        takenByBoth.retainAll(second);
        assertThat(takenByBoth).as("on %s, first %s, second %s", database.engine(), first, second).isEmpty();
        var all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).isEqualTo(queued);
        assertThat(first.size() + second.size()).isEqualTo(queued.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
