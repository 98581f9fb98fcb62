package org.opencpms.application.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.UserId;

/**
 * Keeps every notification delivered, whatever its channel; the inbox lists those delivered in-app,
 * newest first (by time, then the later delivered first). Queues those on an e-mail channel in its
 * {@link InMemoryMailQueue}. Thread-safe.
 */
public final class InMemoryNotifications implements Notifications {

    private final List<Notification> delivered = new ArrayList<>();
    private final InMemoryMailQueue mail;

    public InMemoryNotifications(InMemoryMailQueue mail) {
        this.mail = mail;
    }

    public InMemoryNotifications() {
        this(new InMemoryMailQueue());
    }

    @Override
    public synchronized void deliver(Notification notification) {
        delivered.add(notification);
        if (notification.channel().byEmail()) {
            mail.queue(notification);
        }
    }

    @Override
    public synchronized List<Notification> inboxOf(UserId user, boolean unreadOnly, int offset, int limit) {
        var inbox = new ArrayList<Notification>();
        for (int i = delivered.size() - 1; i >= 0; i--) {
            var n = delivered.get(i);
            if (n.recipient().equals(user) && n.channel().inApp() && !(unreadOnly && n.read())) {
                inbox.add(n);
            }
        }
        inbox.sort((a, b) -> b.at().compareTo(a.at()));
        return Paging.page(inbox, offset, limit);
    }

    @Override
    public synchronized Optional<Notification> find(UserId user, NotificationId id) {
        return delivered.stream()
                .filter(n -> n.id().equals(id) && n.recipient().equals(user) && n.channel().inApp()).findFirst();
    }

    @Override
    public synchronized void markRead(NotificationId id, Instant at) {
        for (int i = 0; i < delivered.size(); i++) {
            var n = delivered.get(i);
            if (n.id().equals(id)) {
                var readAt = at == null ? null : n.read() ? n.readAt() : at;
                delivered.set(i, new Notification(n.id(), n.recipient(), n.topic(), n.channel(), n.facts(),
                        n.subject(), n.body(), n.panel(), n.at(), readAt));
            }
        }
    }

    /** Every notification delivered so far, on any channel, in the order delivered. */
    public synchronized List<Notification> delivered() {
        return List.copyOf(delivered);
    }

    /** The mails queued for the notifications on an e-mail channel. */
    public InMemoryMailQueue mail() {
        return mail;
    }
}
