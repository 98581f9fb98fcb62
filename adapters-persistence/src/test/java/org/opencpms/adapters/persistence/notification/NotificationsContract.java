package org.opencpms.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/** What every {@link Notifications} does, whatever keeps the inbox. */
public abstract class NotificationsContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.654321Z");

    protected abstract Notifications notifications();

    /** Runs the work in one transaction (or just runs it, for a store without transactions). */
    protected abstract void inTransaction(Runnable work);

    private List<Notification> inbox(UserId user, int offset, int limit) {
        var result = new AtomicReference<List<Notification>>();
        inTransaction(() -> result.set(notifications().inboxOf(user, false, offset, limit)));
        return result.get();
    }

    private void deliver(Notification notification) {
        inTransaction(() -> notifications().deliver(notification));
    }

    private static Notification inApp(UserId to, int second) {
        return note(to, NotificationKind.COMMENT, NotificationChannel.IN_APP, "New comment " + second,
                "Someone commented in your panel", PanelId.random(), T0.plusSeconds(second));
    }

    /** A notification of the topic that stands for {@code kind} here, with the facts that topic names. */
    static Notification note(UserId to, NotificationKind kind, NotificationChannel channel, String subject,
                             String body, PanelId panel, Instant at) {
        var topic = switch (kind) {
            case INVITATION -> NotificationTopic.EXPERT_INVITED;
            case COMMENT -> NotificationTopic.COMMENT_POSTED;
            case DATA_REQUEST -> NotificationTopic.DATA_REQUESTED;
            case MEETING -> NotificationTopic.MEETING_CANCELLED;
            case OUTCOME_READY -> NotificationTopic.OUTCOME_DRAFTED;
            default -> NotificationTopic.ACCESS_ACCEPTED;
        };
        var facts = topic == NotificationTopic.ACCESS_ACCEPTED ? Map.of(Facts.ERN, "ERKNet")
                : Map.of(Facts.NICKNAME, "steady-heron-0042");
        return Notification.of(to, topic, channel, facts, subject, body, panel, at);
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_delivered_notification_is_read_back_with_every_field() {
        UserId me = UserId.random();
        var aboutPanel = note(me, NotificationKind.INVITATION, NotificationChannel.BOTH, "You are invited",
                "You are invited to panel steady-heron-0042", PanelId.random(), T0);
        var aboutNoPanel = note(me, NotificationKind.ACCESS_DECISION, NotificationChannel.IN_APP,
                "Access granted", "Your access request was granted", null, T0.minusSeconds(60));

        deliver(aboutPanel);
        deliver(aboutNoPanel);

        assertThat(inbox(me, 0, 10)).containsExactly(aboutPanel, aboutNoPanel);
        assertThat(inbox(me, 0, 10).get(1).aboutPanel()).isEmpty();
    }

    @Test
    void the_inbox_lists_the_newest_first_whatever_the_order_of_delivery() {
        UserId me = UserId.random();
        var middle = inApp(me, 2);
        var oldest = inApp(me, 1);
        var newest = inApp(me, 3);
        List.of(middle, oldest, newest).forEach(this::deliver);

        assertThat(inbox(me, 0, 10)).containsExactly(newest, middle, oldest);
    }

    @Test
    void of_notifications_of_the_same_instant_the_later_delivered_comes_first() {
        UserId me = UserId.random();
        var first = inApp(me, 1);
        var second = note(me, NotificationKind.MEETING, NotificationChannel.IN_APP, "Meeting moved",
                "The meeting moved to Monday", null, T0.plusSeconds(1));
        deliver(first);
        deliver(second);

        assertThat(inbox(me, 0, 10)).containsExactly(second, first);
    }

    @Test
    void only_notifications_delivered_in_app_are_in_the_inbox() {
        UserId me = UserId.random();
        var inApp = inApp(me, 1);
        var both = note(me, NotificationKind.DATA_REQUEST, NotificationChannel.BOTH, "Data requested",
                "More data is requested", PanelId.random(), T0.plusSeconds(2));
        var byEmail = note(me, NotificationKind.OUTCOME_READY, NotificationChannel.EMAIL, "Outcome ready",
                "The outcome is ready", PanelId.random(), T0.plusSeconds(3));
        List.of(inApp, both, byEmail).forEach(this::deliver);

        assertThat(inbox(me, 0, 10)).containsExactly(both, inApp);
    }

    @Test
    void the_inbox_holds_only_the_recipients_notifications() {
        UserId me = UserId.random();
        var mine = inApp(me, 1);
        deliver(mine);
        deliver(inApp(UserId.random(), 2));

        assertThat(inbox(me, 0, 10)).containsExactly(mine);
        assertThat(inbox(UserId.random(), 0, 10)).isEmpty();
    }

    @Test
    void the_inbox_is_paged() {
        UserId me = UserId.random();
        List<Notification> newestFirst = List.of(inApp(me, 5), inApp(me, 4), inApp(me, 3), inApp(me, 2), inApp(me, 1));
        newestFirst.forEach(this::deliver);

        assertThat(inbox(me, 0, 2)).containsExactly(newestFirst.get(0), newestFirst.get(1));
        assertThat(inbox(me, 2, 2)).containsExactly(newestFirst.get(2), newestFirst.get(3));
        assertThat(inbox(me, 4, 2)).containsExactly(newestFirst.get(4));
        assertThat(inbox(me, 5, 2)).isEmpty();
    }

    @Test
    void a_page_out_of_bounds_is_refused() {
        UserId me = UserId.random();

        assertThatThrownBy(() -> inbox(me, -1, 10)).isInstanceOf(InvalidValue.class)
                .extracting(NotificationsContract::code).isEqualTo("offset.invalid");
        assertThatThrownBy(() -> inbox(me, 0, 0)).isInstanceOf(InvalidValue.class)
                .extracting(NotificationsContract::code).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> inbox(me, 0, 501)).isInstanceOf(InvalidValue.class)
                .extracting(NotificationsContract::code).isEqualTo("limit.invalid");
    }

    @Test
    void the_list_returned_is_not_the_stores_own() {
        UserId me = UserId.random();
        deliver(inApp(me, 1));

        List<Notification> read = inbox(me, 0, 10);

        assertThatThrownBy(() -> read.add(inApp(me, 2))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(inbox(me, 0, 10)).hasSize(1);
    }

    @Test
    void a_notification_marked_read_leaves_the_unread_inbox_and_comes_back_when_marked_unread() {
        UserId me = UserId.random();
        var older = inApp(me, 1);
        var newer = inApp(me, 2);
        deliver(older);
        deliver(newer);

        inTransaction(() -> notifications().markRead(newer.id(), T0.plusSeconds(60)));
        inTransaction(() -> notifications().markRead(newer.id(), T0.plusSeconds(90)));

        var unread = new AtomicReference<List<Notification>>();
        inTransaction(() -> unread.set(notifications().inboxOf(me, true, 0, 10)));
        assertThat(unread.get()).containsExactly(older);
        assertThat(inbox(me, 0, 10).get(0).readAt()).isEqualTo(T0.plusSeconds(60));
        inTransaction(() -> notifications().markRead(newer.id(), null));
        inTransaction(() -> unread.set(notifications().inboxOf(me, true, 0, 10)));
        assertThat(unread.get()).containsExactly(newer, older);
    }

    @Test
    void a_notification_is_found_by_its_recipient_only() {
        UserId me = UserId.random();
        var mine = inApp(me, 1);
        deliver(mine);

        var found = new AtomicReference<Object>();
        inTransaction(() -> found.set(notifications().find(me, mine.id())));
        assertThat(found.get()).isEqualTo(java.util.Optional.of(mine));
        inTransaction(() -> found.set(notifications().find(UserId.random(), mine.id())));
        assertThat(found.get()).isEqualTo(java.util.Optional.empty());
        assertThatThrownBy(() -> inTransaction(() -> notifications().get(UserId.random(), mine.id())))
                .extracting(NotificationsContract::code).isEqualTo("notification.not-found");
    }
}
