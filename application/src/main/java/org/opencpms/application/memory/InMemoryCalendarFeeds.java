package org.opencpms.application.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.shared.UserId;

/** The calendar feeds in memory: each user's secret digest. Thread-safe. */
public final class InMemoryCalendarFeeds implements CalendarFeeds {

    private final Map<UserId, String> digests = new HashMap<>();

    @Override
    public synchronized void issue(UserId owner, String digest, Instant at) {
        digests.put(owner, digest);
    }

    @Override
    public synchronized boolean revoke(UserId owner) {
        return digests.remove(owner) != null;
    }

    @Override
    public synchronized Optional<UserId> ownerOf(String digest) {
        return digests.entrySet().stream().filter(e -> e.getValue().equals(digest)).map(Map.Entry::getKey).findFirst();
    }
}
