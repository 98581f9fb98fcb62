package org.opencpms.adapters.persistence.notification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.domain.notification.Notifications;

class JpaNotificationsOnH2Test extends NotificationsContract {

    private static JpaTestDatabase database;
    private static Notifications notifications;

    @BeforeAll
    static void start() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.H2);
        notifications = new JpaNotifications(database.entityManager());
    }

    @AfterAll
    static void stop() {
        database.close();
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
