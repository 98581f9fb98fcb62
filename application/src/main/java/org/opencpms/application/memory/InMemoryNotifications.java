package org.opencpms.application.memory;

import java.util.ArrayList;
import java.util.List;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.UserId;

/**
 * Keeps every notification delivered, whatever its channel; the inbox lists those delivered in-app,
 * newest first (by time, then the later delivered first). Thread-safe.
 */
public final class InMemoryNotifications implements Notifications {

    private final List<Notification> delivered = new ArrayList<>();

    @Override
    public synchronized void deliver(Notification notification) {
        delivered.add(notification);
    }

    @Override
    public synchronized List<Notification> inboxOf(UserId user, int offset, int limit) {
        var inbox = new ArrayList<Notification>();
        for (int i = delivered.size() - 1; i >= 0; i--) {
            var n = delivered.get(i);
            if (n.recipient().equals(user) && n.channel().inApp()) {
                inbox.add(n);
            }
        }
        inbox.sort((a, b) -> b.at().compareTo(a.at()));
        return Paging.page(inbox, offset, limit);
    }

    /** Every notification delivered so far, on any channel, in the order delivered. */
    public synchronized List<Notification> delivered() {
        return List.copyOf(delivered);
    }
}
