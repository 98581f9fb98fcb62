package org.opencpms.domain.calendar;

import org.opencpms.domain.shared.NotFound;

/** No calendar feed has this secret: it never had, or it was revoked or replaced. */
public final class CalendarFeedNotFound extends NotFound {

    public static final String CODE = "calendar-feed.not-found";

    private static final long serialVersionUID = 1L;

    public CalendarFeedNotFound() {
        super(CODE, "no such calendar feed");
    }
}
