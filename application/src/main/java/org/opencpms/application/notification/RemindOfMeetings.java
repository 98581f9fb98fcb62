package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import org.opencpms.domain.notification.MeetingReminders;

/**
 * The reminder worker's use case: gives the meeting reminders that are due, each in a transaction of its own that
 * takes the reminder and delivers its notifications ({@link NotifyParticipants#remind}), so that a reminder is given
 * once across every node, and given again on the next run if its transaction rolled back.
 */
@ApplicationScoped
public class RemindOfMeetings {

    static final int BATCH = 50;

    private final MeetingReminders reminders;
    private final NotifyParticipants notify;
    private final Clock clock;

    @Inject
    public RemindOfMeetings(MeetingReminders reminders, NotifyParticipants notify, Clock clock) {
        this.reminders = reminders;
        this.notify = notify;
        this.clock = clock;
    }

    /** Gives one due reminder, if any; whether there was one. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean remindOne() {
        var now = clock.instant();
        var due = reminders.take(now, 1);
        due.forEach(reminder -> notify.remind(reminder, now));
        return !due.isEmpty();
    }

    /** Gives the due reminders, at most {@value #BATCH} (each through {@code worker}, the CDI proxy); how many. */
    public static int remindDue(RemindOfMeetings worker) {
        int given = 0;
        while (given < BATCH && worker.remindOne()) {
            given++;
        }
        return given;
    }
}
