package org.opencpms.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.calendar.FeedSecret;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.NotOwnAccount;
import org.opencpms.domain.user.Users;

/**
 * A user gives themselves a calendar feed: a new secret address, which replaces (and so revokes) the one they had.
 * The secret is returned once and stored only as its digest.
 */
@ApplicationScoped
@Transactional
public class IssueCalendarFeed {

    public record Command(Actor actor, UserId user) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
        }
    }

    private final Users users;
    private final CalendarFeeds feeds;
    private final Clock clock;
    private final RandomGenerator random;

    @Inject
    public IssueCalendarFeed(Users users, CalendarFeeds feeds, Clock clock) {
        this(users, feeds, clock, new SecureRandom());
    }

    IssueCalendarFeed(Users users, CalendarFeeds feeds, Clock clock, RandomGenerator random) {
        this.users = users;
        this.feeds = feeds;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @throws NotOwnAccount {@code user.not-own-account} unless the actor is the user
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     */
    public FeedSecret handle(Command cmd) {
        if (!cmd.actor().id().equals(cmd.user())) {
            throw new NotOwnAccount(cmd.user());
        }
        users.get(cmd.user());
        var secret = FeedSecret.random(random);
        feeds.issue(cmd.user(), secret.digest(), clock.instant());
        return secret;
    }
}
