package org.opencpms.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.adapters.persistence.outbox.JpaDomainEvents;
import org.opencpms.adapters.persistence.outbox.OutboxReader;
import org.opencpms.adapters.persistence.user.JpaUsers;
import org.opencpms.application.memory.InMemoryCalendarEntries;
import org.opencpms.application.memory.InMemoryMeetingReminders;
import org.opencpms.application.memory.InMemoryPanels;
import org.opencpms.application.memory.InMemoryPatients;
import org.opencpms.application.notification.NotifyParticipants;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.ReminderLead;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;

/**
 * Two nodes on one database, each running the outbox relay and then the mail worker's claims at the same time: every
 * committed event becomes its notifications once, and every notification's mail is claimed by one worker once.
 */
@OnEveryEngine
class TwoRelaysTest {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final int EVENTS = 30;

    private final JpaTestDatabase database;
    private final OutboxReader outbox;
    private final NotifyParticipants notify;
    private final JpaMailQueue mail;

    TwoRelaysTest(JpaTestDatabase database) {
        this.database = database;
        outbox = new OutboxReader(database.entityManager());
        notify = new NotifyParticipants(new JpaUsers(database.entityManager()), new InMemoryPanels(),
                new InMemoryPatients(), new JpaNotifications(database.entityManager()), new InMemoryMeetingReminders(),
                ReminderLead.DEFAULT, new InMemoryCalendarEntries());
        mail = new JpaMailQueue(database.entityManager());
    }

    private int relay() {
        int delivered = 0;
        for (var pending = database.inTransaction(() -> outbox.pending(100)); !pending.isEmpty();
             pending = database.inTransaction(() -> outbox.pending(100))) {
            for (var message : pending) {
                delivered += database.inTransaction(() -> {
                    if (!outbox.markPublished(message.id(), T0)) {
                        return 0;
                    }
                    notify.on(message.event());
                    return 1;
                });
            }
        }
        return delivered;
    }

    private List<NotificationId> claimAll() {
        var claimed = new ArrayList<NotificationId>();
        for (var batch = database.inTransaction(() -> mail.claim(T0.plusSeconds(1), T0.plusSeconds(120), 7));
             !batch.isEmpty();
             batch = database.inTransaction(() -> mail.claim(T0.plusSeconds(1), T0.plusSeconds(120), 7))) {
            batch.forEach(c -> claimed.add(c.notification().id()));
        }
        return claimed;
    }

    @Test
    void two_relays_and_two_mail_workers_at_once_notify_and_mail_each_event_once() throws Exception {
        var users = new JpaUsers(database.entityManager());
        var events = new JpaDomainEvents(database.entityManager());
        var centre = ProviderId.random();
        database.inTransaction(() -> {
            for (int i = 0; i < EVENTS; i++) {
                var user = User.restore(UserId.random(), new Subject("https://idp.example.eu", UUID.randomUUID()
                        .toString()), "Dr " + i, EmailAddress.of("hp" + i + "@hospital.example.eu"), Country.of("DE"),
                        Set.of(), Map.of(), 0);
                users.save(user);
                events.publish(List.of(new AccessRequestAccepted(AccessRequestId.random(), user.id(), Ern.ERKNET,
                        Set.of(RoleGrant.healthProfessional(Ern.ERKNET, centre)), UserId.random(), T0)));
            }
        });

        var first = CompletableFuture.supplyAsync(this::relay);
        var second = CompletableFuture.supplyAsync(this::relay);
        assertThat(first.get() + second.get()).isEqualTo(EVENTS);

        assertThat(count("notification")).isEqualTo(EVENTS);
        assertThat(count("mail_delivery")).isEqualTo(EVENTS);
        var workerA = CompletableFuture.supplyAsync(this::claimAll);
        var workerB = CompletableFuture.supplyAsync(this::claimAll);
        var a = workerA.get();
        var b = workerB.get();
        assertThat(Collections.disjoint(a, b)).isTrue();
        assertThat(new HashSet<>(a).size() + new HashSet<>(b).size()).isEqualTo(EVENTS);
    }

    private long count(String table) {
        return database.inTransaction(() -> ((Number) database.entityManager()
                .createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }
}
