package org.opencpms.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.adapters.persistence.audit.JpaAuditTrail;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The transactional outbox on a database: written with the change, read and marked by the relay. */
@OnEveryEngine
class OutboxTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00.000001Z");

    private final JpaTestDatabase database;
    private final JpaDomainEvents events;
    private final OutboxReader outbox;

    OutboxTest(JpaTestDatabase database) {
        this.database = database;
        events = new JpaDomainEvents(database.entityManager());
        outbox = new OutboxReader(database.entityManager());
    }

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM outbox");
        }
    }

    private static CommentPosted comment(Instant at) {
        return new CommentPosted(PanelId.random(), UserId.random(), at);
    }

    private void publish(DomainEvent... published) {
        database.inTransaction(() -> events.publish(List.of(published)));
    }

    private List<OutboxMessage> pending(int limit) {
        return database.inTransaction(() -> outbox.pending(limit));
    }

    private static List<DomainEvent> events(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::event).toList();
    }

    @Test
    void events_published_in_a_committed_transaction_are_pending() {
        var first = comment(T0);
        var second = comment(T0.plusSeconds(1));

        publish(first, second);

        assertThat(events(pending(10))).containsExactly(first, second);
    }

    @Test
    void nothing_is_written_for_a_rolled_back_transaction() {
        assertThatThrownBy(() -> database.inTransaction(() -> {
            events.publish(List.of(comment(T0)));
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");

        assertThat(pending(10)).isEmpty();
    }

    @Test
    void the_rows_commit_and_roll_back_with_the_change_that_caused_them() {
        var trail = new JpaAuditTrail(database.entityManager());
        var kept = comment(T0);
        Runnable change = () -> trail.record(new AuditEntry(T0, UserId.random(), AuditAction.CREATE, "Panel", "p", null, "test", ""));

        assertThatThrownBy(() -> database.inTransaction(() -> {
            change.run();
            events.publish(List.of(comment(T0)));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        database.inTransaction(() -> {
            change.run();
            events.publish(List.of(kept));
        });

        assertThat(events(pending(10))).containsExactly(kept);
        assertThat(database.inTransaction(() -> trail.page(0, 10))).hasSize(1);
    }

    @Test
    void a_message_carries_the_event_s_type_time_and_components() {
        var event = comment(Instant.parse("2025-06-01T12:00:00.123456789Z"));

        publish(event);

        var message = pending(1).get(0);
        assertThat(message.type()).isEqualTo("panel.comment-posted");
        assertThat(message.version()).isEqualTo(1);
        assertThat(message.occurredAt()).isEqualTo(event.occurredAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(message.payload()).isEqualTo("{\"by\":\"" + event.by().value() + "\",\"occurredAt\":\"2025-06-01T12:00:00.123456789Z\""
                + ",\"panel\":\"" + event.panel().value() + "\"}");
        assertThat(message.event()).isEqualTo(event);
    }

    @Test
    void every_domain_event_survives_the_table() {
        var all = StoredEventSamples.all();

        publish(all.toArray(DomainEvent[]::new));

        assertThat(events(pending(100))).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void pending_messages_come_oldest_first_and_in_the_order_written_when_equally_old() {
        var late = comment(T0.plusSeconds(60));
        var early = comment(T0);
        var alsoEarly = comment(T0);
        publish(late, early);
        publish(alsoEarly);

        assertThat(events(pending(10))).containsExactly(early, alsoEarly, late);
        assertThat(events(pending(2))).containsExactly(early, alsoEarly);
    }

    @Test
    void pending_takes_1_to_500_messages() {
        assertThatThrownBy(() -> pending(0)).isInstanceOf(DomainException.class).extracting("code").isEqualTo("limit.invalid");
        assertThatThrownBy(() -> pending(501)).isInstanceOf(DomainException.class).extracting("code").isEqualTo("limit.invalid");
        assertThat(pending(500)).isEmpty();
    }

    @Test
    void a_message_marked_published_is_no_longer_pending_and_is_marked_once() {
        var sent = comment(T0);
        var waiting = comment(T0.plusSeconds(1));
        publish(sent, waiting);
        long id = pending(1).get(0).id();

        assertThat(database.inTransaction(() -> outbox.markPublished(id, T0.plusSeconds(5)))).isTrue();

        assertThat(events(pending(10))).containsExactly(waiting);
        assertThat(database.inTransaction(() -> outbox.markPublished(id, T0.plusSeconds(6)))).isFalse();
        assertThat(database.inTransaction(() -> outbox.markPublished(id + 1_000_000, T0))).isFalse();
    }

    /**
     * Two relays (nodes) handle the same message at once: the first marks it and holds its transaction open while it
     * delivers; the second, marking it meanwhile, waits for that commit and then marks nothing, so it delivers
     * nothing. If the first rolled back instead, the second would mark it.
     */
    @Test
    void of_two_relays_marking_the_same_message_at_once_only_one_marks_it() throws Exception {
        publish(comment(T0));
        long id = pending(1).get(0).id();
        var firstMarked = new java.util.concurrent.CountDownLatch(1);

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
            boolean marked = outbox.markPublished(id, T0.plusSeconds(1));
            firstMarked.countDown();
            sleep(500);
            return marked;
        }));
        assertThat(firstMarked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        boolean second = database.inTransaction(() -> outbox.markPublished(id, T0.plusSeconds(2)));

        assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(second).isFalse();
        assertThat(pending(10)).isEmpty();
    }

    @Test
    void a_message_whose_relay_rolled_back_is_marked_by_the_next() {
        publish(comment(T0));
        long id = pending(1).get(0).id();

        assertThatThrownBy(() -> database.inTransaction(() -> {
            outbox.markPublished(id, T0.plusSeconds(1));
            throw new IllegalStateException("delivery failed");
        })).hasMessage("delivery failed");

        assertThat(database.inTransaction(() -> outbox.markPublished(id, T0.plusSeconds(2)))).isTrue();
    }

    private static void sleep(long millis) {
        try {
            // holds the first marking transaction open so that the second relay meets its uncommitted row lock (the
            // race under test)
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void published_messages_are_purged_before_a_cutoff_and_pending_ones_never() {
        publish(comment(T0), comment(T0.plusSeconds(1)), comment(T0.plusSeconds(2)));
        var ids = pending(10).stream().map(OutboxMessage::id).toList();
        database.inTransaction(() -> {
            outbox.markPublished(ids.get(0), T0.plusSeconds(10));
            outbox.markPublished(ids.get(1), T0.plusSeconds(20));
        });

        assertThat(database.inTransaction(() -> outbox.deletePublishedBefore(T0.plusSeconds(20)))).isEqualTo(1);
        assertThat(database.inTransaction(() -> outbox.deletePublishedBefore(T0.plusSeconds(3600)))).isEqualTo(1);
        assertThat(pending(10)).extracting(OutboxMessage::id).containsExactly(ids.get(2));
    }

    @Test
    void an_event_without_a_stable_name_is_refused_before_anything_is_written() {
        database.inTransaction(() -> assertThatThrownBy(() -> events.publish(List.of(comment(T0), new UnnamedEvent(T0))))
                .isInstanceOf(IllegalArgumentException.class));

        assertThat(pending(10)).isEmpty();
    }
}
