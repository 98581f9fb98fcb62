package org.opencpms.adapters.rest.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.security.Public;
import org.opencpms.application.calendar.ReadCalendarFeed;

/**
 * A calendar feed read by a calendar client ({@code GET /api/calendar-feeds/{secret}.ics}), which sends no bearer
 * token: the secret is the credential. {@code text/calendar}; private to the client that holds the address,
 * revalidated after {@value #MAX_AGE} s with its ETag ({@code 304} when unchanged); an unknown, malformed or revoked
 * secret answers the same 404 {@code calendar-feed.not-found}.
 */
@Path("calendar-feeds")
@Public
@SecurityRequirements
@RequestScoped
@Tag(name = "Calendar", description = "The calendar feed of a user's meetings, read by calendar clients")
public class CalendarFeedReadResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";
    static final int MAX_AGE = 300;
    private static final Pattern STAMP = Pattern.compile("(?m)^DTSTAMP:.*\\R");

    private final ReadCalendarFeed read;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public CalendarFeedReadResource() {
        this(null);
    }

    @Inject
    public CalendarFeedReadResource(ReadCalendarFeed read) {
        this.read = read;
    }

    @GET
    @Path("{secret}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "Read a calendar feed by its secret address (no bearer token)",
            description = "The meetings its owner attends (ended up to 90 days ago included), iCalendar with "
                    + "METHOD:PUBLISH; each entry has the UID and SEQUENCE of the meeting's invitations.")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such feed, or revoked (calendar-feed.not-found)")
    @APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
    public Response feed(@PathParam("secret") String secret, @Context Request request) {
        var body = read.handle(secret);
        var tag = new EntityTag(digest(STAMP.matcher(body).replaceAll("")));
        var cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(MAX_AGE);
        var unchanged = request.evaluatePreconditions(tag);
        var answer = unchanged != null ? unchanged : Response.ok(body, TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"opencpms.ics\"");
        return answer.tag(tag).cacheControl(cache).build();
    }

    /** The ETag covers the feed but its DTSTAMPs, which say when the document was written, not what it says. */
    private static String digest(String body) {
        try {
            var sha = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
