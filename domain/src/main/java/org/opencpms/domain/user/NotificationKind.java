package org.opencpms.domain.user;

/**
 * The kinds of notification a user can choose a channel for, each with its default channel (stored by name: a
 * constant is never renamed).
 */
public enum NotificationKind {
    /** Invited to a panel. */
    INVITATION(NotificationChannel.BOTH),
    /** A new comment in the timeline of a panel one takes part in: frequent, so in-app only by default. */
    COMMENT(NotificationChannel.IN_APP),
    /** A request for additional data on one's panel. */
    DATA_REQUEST(NotificationChannel.BOTH),
    /** A meeting scheduled, moved or cancelled. */
    MEETING(NotificationChannel.BOTH),
    /** A meeting begins soon (the deployment's reminder lead time before its start). */
    MEETING_REMINDER(NotificationChannel.BOTH),
    /** A panel's outcome document is ready for the members' review. */
    OUTCOME_READY(NotificationChannel.BOTH),
    /** A panel's outcome document is final (signed off). */
    OUTCOME_FINAL(NotificationChannel.BOTH),
    /** A panel was forwarded to another ERN (for that ERN's coordinators, who assemble its panel). */
    PANEL_FORWARDED(NotificationChannel.BOTH),
    /** An access request was decided (for the requester) or filed (for coordinators). */
    ACCESS_DECISION(NotificationChannel.BOTH);

    private final NotificationChannel defaultChannel;

    NotificationKind(NotificationChannel defaultChannel) {
        this.defaultChannel = defaultChannel;
    }

    public NotificationChannel defaultChannel() {
        return defaultChannel;
    }
}
