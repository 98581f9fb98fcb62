package org.opencpms.adapters.persistence.notification;

import org.opencpms.application.memory.InMemoryNotifications;
import org.opencpms.domain.notification.Notifications;

class InMemoryNotificationsTest extends NotificationsContract {

    private final InMemoryNotifications notifications = new InMemoryNotifications();

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
