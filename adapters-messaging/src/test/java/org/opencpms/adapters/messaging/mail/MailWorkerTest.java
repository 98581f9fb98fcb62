package org.opencpms.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencpms.application.memory.InMemoryMailQueue;
import org.opencpms.application.memory.InMemoryPanels;
import org.opencpms.application.memory.InMemoryNotifications;
import org.opencpms.application.memory.InMemoryUsers;
import org.opencpms.application.notification.SendDueMail;
import org.opencpms.domain.notification.MailRetries;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;

/**
 * The mail worker ({@link SendDueMail}) with the real Jakarta Mail sender against GreenMail: what is queued reaches
 * the SMTP server once, an outage is ridden out by retries, and the last failed try leaves a dead mail.
 */
class MailWorkerTest {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final AtomicReference<Instant> now = new AtomicReference<>(MailFixtures.AT);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final InMemoryNotifications notifications = new InMemoryNotifications(queue);
    private final MailRetries retries = new MailRetries(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

    private SendDueMail worker(int port) {
        return new SendDueMail(queue, users, new JakartaMailer(MailFixtures.session(port), MailFixtures.SETTINGS,
                new MailTemplates()), retries, clock, new InMemoryPanels());
    }

    private Notification queuedFor(String address, NotificationTopic topic) {
        var user = User.register(UserId.random(), new Subject("https://idp.example.eu", address), "Dr " + address,
                EmailAddress.of(address), Country.of("DE"), MailFixtures.AT);
        users.save(user);
        var about = MailFixtures.about(topic, "x");
        var notification = Notification.of(user.id(), topic, about.channel(), about.facts(), about.subject(),
                about.body(), about.panel(), MailFixtures.AT);
        notifications.deliver(notification);
        return notification;
    }

    @Test
    void every_queued_mail_reaches_its_recipient_once() {
        var sent = new ArrayList<Notification>();
        for (var topic : NotificationTopic.values()) {
            sent.add(queuedFor(topic.name().toLowerCase().replace('_', '.') + "@hospital.example.eu", topic));
        }

        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isEqualTo(sent.size());
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isZero();

        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailWorkerTest::recipient))
                .hasSize(sent.size()).doesNotHaveDuplicates();
    }

    @Test
    void a_backlog_of_several_batches_is_sent_in_one_tick() {
        for (int i = 0; i < 120; i++) {
            queuedFor("backlog" + i + "@hospital.example.eu", NotificationTopic.COMMENT_POSTED);
        }

        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isEqualTo(120);
        assertThat(smtp.getReceivedMessages()).hasSize(120);
    }

    @Test
    void two_workers_at_once_send_each_mail_once() throws Exception {
        for (int i = 0; i < 40; i++) {
            queuedFor("member" + i + "@hospital.example.eu", NotificationTopic.COMMENT_POSTED);
        }
        var port = smtp.getSmtp().getPort();
        var first = CompletableFuture.supplyAsync(() -> SendDueMail.sendDue(worker(port)));
        var second = CompletableFuture.supplyAsync(() -> SendDueMail.sendDue(worker(port)));

        assertThat(first.get() + second.get()).isEqualTo(40);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailWorkerTest::messageId)).hasSize(40)
                .doesNotHaveDuplicates();
    }

    @Test
    void a_crash_between_acceptance_and_the_sent_marks_sends_each_mail_of_the_batch_once_more_with_its_message_id() {
        for (int i = 0; i < 30; i++) {
            queuedFor("crash" + i + "@hospital.example.eu", NotificationTopic.MEETING_SCHEDULED);
        }
        var crashing = worker(smtp.getSmtp().getPort());
        assertThat(crashing.send(crashing.addressed(crashing.claim()))).isEmpty();
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isZero();

        now.set(now.get().plus(SendDueMail.LEASE).plusSeconds(1));
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isEqualTo(30);
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isZero();

        var ids = Arrays.stream(smtp.getReceivedMessages()).map(MailWorkerTest::messageId).toList();
        assertThat(ids).hasSize(60);
        assertThat(new java.util.HashSet<>(ids)).hasSize(30)
                .allSatisfy(id -> assertThat(ids).filteredOn(id::equals).hasSize(2));
    }

    @Test
    void mails_queued_during_an_smtp_outage_all_arrive_after_it() {
        var queued = List.of(queuedFor("a@hospital.example.eu", NotificationTopic.DATA_REQUESTED),
                queuedFor("b@hospital.example.eu", NotificationTopic.MEETING_SCHEDULED));
        var down = worker(1);

        assertThat(SendDueMail.sendDue(down)).isZero();
        now.set(now.get().plusSeconds(31));
        assertThat(SendDueMail.sendDue(down)).isZero();
        now.set(now.get().plusSeconds(61));
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isEqualTo(queued.size());

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(queue.dead(0, 10)).isEmpty();
    }

    @Test
    void after_the_last_try_a_mail_is_dead_until_an_operator_retries_it() {
        var notification = queuedFor("c@hospital.example.eu", NotificationTopic.OUTCOME_DRAFTED);
        var down = worker(1);
        for (int attempt = 1; attempt <= retries.maxAttempts(); attempt++) {
            SendDueMail.sendDue(down);
            now.set(now.get().plus(retries.maxDelay()));
        }

        assertThat(queue.dead(0, 10)).singleElement().satisfies(dead -> {
            assertThat(dead.notification()).isEqualTo(notification.id());
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastFailure()).doesNotContain("c@hospital");
        });
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isZero();

        assertThat(queue.retry(notification.id(), now.get())).isTrue();
        assertThat(SendDueMail.sendDue(worker(smtp.getSmtp().getPort()))).isEqualTo(1);
        assertThat(messageId(smtp.getReceivedMessages()[0])).isEqualTo("<" + notification.id() + "@cpms.example.eu>");
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
