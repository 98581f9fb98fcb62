package org.opencpms.domain.calendar;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.UserId;

/**
 * Port: the users' calendar feeds, each known by the {@link FeedSecret#digest() digest} of its secret only, at most
 * one per user. Never returns null.
 */
public interface CalendarFeeds {

    /** Gives {@code owner} the feed of {@code digest}, replacing (and so revoking) the one they had. */
    void issue(UserId owner, String digest, Instant at);

    /** Revokes {@code owner}'s feed; false if they had none. */
    boolean revoke(UserId owner);

    /** Whose feed has the secret of {@code digest}, if any still does. */
    Optional<UserId> ownerOf(String digest);
}
