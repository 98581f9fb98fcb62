package org.opencpms.application.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencpms.domain.notification.DeadMail;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;

/** The mails to send, in memory, in the order queued; claims lease as the port says. Thread-safe. */
public final class InMemoryMailQueue implements MailQueue {

    private enum State { PENDING, SENT, DEAD }

    private static final class Entry {
        final Notification notification;
        State state = State.PENDING;
        int attempts;
        Instant due;
        Instant leasedUntil;
        String lastFailure;
        Instant failedAt;

        Entry(Notification notification) {
            this.notification = notification;
            this.due = notification.at();
        }
    }

    private final Map<NotificationId, Entry> entries = new LinkedHashMap<>();

    synchronized void queue(Notification notification) {
        entries.put(notification.id(), new Entry(notification));
    }

    @Override
    public synchronized List<Claimed> claim(Instant now, Instant until, int limit) {
        var claimed = new ArrayList<Claimed>();
        for (var e : entries.values()) {
            if (claimed.size() < limit && e.state == State.PENDING && !e.due.isAfter(now)
                    && (e.leasedUntil == null || e.leasedUntil.isBefore(now))) {
                e.leasedUntil = until;
                e.attempts++;
                claimed.add(new Claimed(e.notification, e.attempts));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void sent(List<NotificationId> ids, Instant at) {
        for (var id : ids) {
            var e = entries.get(id);
            if (e != null) {
                e.state = State.SENT;
                e.leasedUntil = null;
            }
        }
    }

    @Override
    public synchronized void failed(NotificationId id, String reason, Instant at, Instant retryAt) {
        var e = entries.get(id);
        if (e != null && e.state == State.PENDING) {
            e.state = retryAt == null ? State.DEAD : State.PENDING;
            e.due = retryAt == null ? e.due : retryAt;
            e.leasedUntil = null;
            e.lastFailure = reason;
            e.failedAt = at;
        }
    }

    @Override
    public synchronized List<DeadMail> dead(int offset, int limit) {
        var dead = entries.values().stream().filter(e -> e.state == State.DEAD)
                .sorted(Comparator.comparing((Entry e) -> e.failedAt).reversed())
                .map(e -> new DeadMail(e.notification.id(), e.notification.recipient(), e.notification.topic(),
                        e.attempts, e.lastFailure, e.failedAt))
                .toList();
        return Paging.page(dead, offset, limit);
    }

    @Override
    public synchronized boolean retry(NotificationId id, Instant now) {
        var e = entries.get(id);
        if (e == null || e.state != State.DEAD) {
            return false;
        }
        e.state = State.PENDING;
        e.attempts = 0;
        e.due = now;
        return true;
    }

    /** How many mails were sent so far. */
    public synchronized long sentCount() {
        return entries.values().stream().filter(e -> e.state == State.SENT).count();
    }
}
