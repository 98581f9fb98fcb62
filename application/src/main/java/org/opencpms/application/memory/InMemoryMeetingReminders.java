package org.opencpms.application.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencpms.domain.notification.MeetingReminders;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;

/** The meeting reminders in memory, one per meeting; taking removes. Thread-safe. */
public final class InMemoryMeetingReminders implements MeetingReminders {

    private record Reminder(PanelId panel, Instant due) {
    }

    private final Map<MeetingId, Reminder> reminders = new HashMap<>();

    @Override
    public synchronized void schedule(MeetingId meeting, PanelId panel, Instant due) {
        reminders.put(meeting, new Reminder(panel, due));
    }

    @Override
    public synchronized void withdraw(MeetingId meeting) {
        reminders.remove(meeting);
    }

    @Override
    public synchronized List<Due> take(Instant now, int limit) {
        var due = new ArrayList<Due>();
        reminders.entrySet().stream().filter(e -> !e.getValue().due().isAfter(now))
                .sorted(Comparator.comparing(e -> e.getValue().due())).limit(limit)
                .forEach(e -> due.add(new Due(e.getKey(), e.getValue().panel())));
        due.forEach(d -> reminders.remove(d.meeting()));
        return due;
    }

    /** When the meeting's reminder is due, if one is scheduled. */
    public synchronized java.util.Optional<Instant> dueOf(MeetingId meeting) {
        return java.util.Optional.ofNullable(reminders.get(meeting)).map(Reminder::due);
    }
}
