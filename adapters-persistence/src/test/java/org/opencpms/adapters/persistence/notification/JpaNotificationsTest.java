package org.opencpms.adapters.persistence.notification;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.notification.Notifications;

@OnEveryEngine
class JpaNotificationsTest extends NotificationsContract {

    private final JpaTestDatabase database;
    private final Notifications notifications;

    JpaNotificationsTest(JpaTestDatabase database) {
        this.database = database;
        notifications = new JpaNotifications(database.entityManager());
    }

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
