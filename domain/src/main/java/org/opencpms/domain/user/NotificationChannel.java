package org.opencpms.domain.user;

/** How a user wants to hear about one kind of notification. */
public enum NotificationChannel {
    IN_APP(true, false),
    EMAIL(false, true),
    BOTH(true, true),
    NONE(false, false);

    private final boolean inApp;
    private final boolean byEmail;

    NotificationChannel(boolean inApp, boolean byEmail) {
        this.inApp = inApp;
        this.byEmail = byEmail;
    }

    public boolean inApp() {
        return inApp;
    }

    public boolean byEmail() {
        return byEmail;
    }
}
