package org.opencpms.domain.notification;

import java.util.Set;
import org.opencpms.domain.user.NotificationKind;

/**
 * What a notification tells, one per event that causes notifications: it decides the kind (whose channel the
 * recipient chose) and the facts its message may name (the templates of every language name these and no other;
 * a meeting's also make its calendar entry).
 * Stored by name: a constant is never renamed.
 */
public enum NotificationTopic {
    EXPERT_INVITED(NotificationKind.INVITATION, Facts.PANEL),
    PANEL_FORWARDED(NotificationKind.PANEL_FORWARDED, Set.of(Facts.NICKNAME, Facts.FROM_ERN, Facts.TO_ERN)),
    COMMENT_POSTED(NotificationKind.COMMENT, Facts.PANEL),
    CONTRIBUTION_COMMENTED(NotificationKind.COMMENT, Facts.PANEL),
    DATA_REQUESTED(NotificationKind.DATA_REQUEST, Facts.PANEL),
    DATA_REQUEST_ANSWERED(NotificationKind.DATA_REQUEST, Facts.PANEL),
    MEETING_SCHEDULED(NotificationKind.MEETING, Facts.MEETING),
    MEETING_RESCHEDULED(NotificationKind.MEETING, Facts.MEETING),
    MEETING_CANCELLED(NotificationKind.MEETING, Facts.MEETING),
    MEETING_REMINDER(NotificationKind.MEETING_REMINDER, Facts.MEETING),
    OUTCOME_DRAFTED(NotificationKind.OUTCOME_READY, Facts.PANEL),
    OUTCOME_FINALISED(NotificationKind.OUTCOME_FINAL, Facts.PANEL),
    ACCESS_REQUESTED(NotificationKind.ACCESS_DECISION, Set.of(Facts.ERN)),
    ACCESS_ACCEPTED(NotificationKind.ACCESS_DECISION, Set.of(Facts.ERN)),
    ACCESS_REJECTED(NotificationKind.ACCESS_DECISION, Set.of(Facts.ERN));

    private final NotificationKind kind;
    private final Set<String> facts;

    NotificationTopic(NotificationKind kind, Set<String> facts) {
        this.kind = kind;
        this.facts = facts;
    }

    public NotificationKind kind() {
        return kind;
    }

    /** The names of the facts a notification of this topic carries, all of them. */
    public Set<String> facts() {
        return facts;
    }

    /** The facts it may carry besides: a meeting's video link (left out when too long to name in a mail). */
    public Set<String> optionalFacts() {
        return facts == Facts.MEETING ? Set.of(Facts.VIDEO) : Set.of();
    }

    /** Whether its mails carry the meeting's iCalendar entry: a meeting scheduled, moved or cancelled. */
    public boolean aboutMeeting() {
        return facts == Facts.MEETING && this != MEETING_REMINDER;
    }

    /** The names of the facts; none is identifying (a nickname, an ERN code, a meeting's start). */
    public static final class Facts {
        public static final String NICKNAME = "nickname";
        public static final String ERN = "ern";
        public static final String FROM_ERN = "fromErn";
        public static final String TO_ERN = "toErn";
        public static final String START = "start";
        public static final String END = "end";
        /** The meeting's id: the UID of its calendar entry. */
        public static final String MEETING_ID = "meeting";
        /** Increases with every change of the meeting: the SEQUENCE of its calendar entry. */
        public static final String SEQUENCE = "sequence";
        public static final String VIDEO = "video";
        static final Set<String> PANEL = Set.of(NICKNAME);
        static final Set<String> MEETING = Set.of(NICKNAME, START, END, MEETING_ID, SEQUENCE);

        private Facts() {
        }
    }
}
