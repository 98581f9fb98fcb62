package org.opencpms.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.NotOwnAccount;
import org.opencpms.domain.user.Users;

/** A user revokes their calendar feed: its address answers nothing from now on. Revoking no feed changes nothing. */
@ApplicationScoped
@Transactional
public class RevokeCalendarFeed {

    public record Command(Actor actor, UserId user) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
        }
    }

    private final Users users;
    private final CalendarFeeds feeds;

    @Inject
    public RevokeCalendarFeed(Users users, CalendarFeeds feeds) {
        this.users = users;
        this.feeds = feeds;
    }

    /**
     * @return whether there was a feed to revoke
     * @throws NotOwnAccount {@code user.not-own-account} unless the actor is the user
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found} for a caller without an account
     */
    public boolean handle(Command cmd) {
        if (!cmd.actor().id().equals(cmd.user())) {
            throw new NotOwnAccount(cmd.user());
        }
        users.get(cmd.user());
        return feeds.revoke(cmd.user());
    }
}
