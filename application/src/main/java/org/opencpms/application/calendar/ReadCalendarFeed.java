package org.opencpms.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarFeedNotFound;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.calendar.CalendarFormat;
import org.opencpms.domain.calendar.FeedSecret;
import org.opencpms.domain.user.Users;

/**
 * A calendar client reads a feed by its secret alone (calendar clients send no bearer token): the meetings its owner
 * attends that ended at most {@link #PAST} ago, at most {@link #LIMIT}, in the owner's language. A malformed,
 * unknown or revoked secret, or one whose owner is no longer registered, answers the same
 * {@link CalendarFeedNotFound}.
 */
@ApplicationScoped
@Transactional
public class ReadCalendarFeed {

    static final Duration PAST = Duration.ofDays(90);
    static final int LIMIT = 500;

    private final CalendarFeeds feeds;
    private final CalendarEntries entries;
    private final CalendarFormat format;
    private final Users users;
    private final Clock clock;

    @Inject
    public ReadCalendarFeed(CalendarFeeds feeds, CalendarEntries entries, CalendarFormat format, Users users,
                            Clock clock) {
        this.feeds = feeds;
        this.entries = entries;
        this.format = format;
        this.users = users;
        this.clock = clock;
    }

    /** The iCalendar document of the feed whose secret is {@code secret}. */
    public String handle(String secret) {
        var owner = FeedSecret.parse(secret).flatMap(s -> feeds.ownerOf(s.digest()))
                .flatMap(users::find).orElseThrow(CalendarFeedNotFound::new);
        return format.feed(entries.of(owner.id(), clock.instant().minus(PAST), LIMIT), owner.language());
    }
}
