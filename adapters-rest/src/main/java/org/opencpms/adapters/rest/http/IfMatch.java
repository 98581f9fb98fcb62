package org.opencpms.adapters.rest.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencpms.adapters.rest.problem.ProblemException;

/**
 * The optimistic-concurrency precondition of a change request: the HTTP {@code If-Match} header read as the
 * aggregate version the client last saw, to be passed as a command's {@code expectedVersion}.
 *
 * <p>OpenCPMS's entity tags are the aggregate's version in quotes ({@code ETag: "7"}, see {@link #etag(long)}).
 * Accepted forms: absent, blank or {@code *} (no check: {@link #expectedVersion()} is null), {@code "7"} and the
 * weak {@code W/"7"} (version 7). Anything else — a tag that is not a version, a list of several tags, a
 * missing quote — is a 400 {@code http.malformed-if-match}: a client that asks for a check it cannot get is
 * told so rather than silently served without one.
 *
 * <p>When a use case answers {@code ConcurrentUpdate}, the problem mapper uses {@link #carriesVersion(String)}
 * to choose 412 Precondition Failed (the client's If-Match named a version) over 409 Conflict (no version was
 * named, so the clash was between two unconditional writes).
 */
public record IfMatch(Long expectedVersion) {

    /** The request header, {@code If-Match}. */
    public static final String HEADER = HttpHeaders.IF_MATCH;
    /** The problem code of a malformed header. */
    public static final String MALFORMED = "http.malformed-if-match";

    private static final IfMatch ANY = new IfMatch(null);
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    public IfMatch {
        if (expectedVersion != null && expectedVersion < 0) {
            throw new IllegalArgumentException("a version is never negative");
        }
    }

    /** No precondition: the change applies whatever the current version. */
    public static IfMatch any() {
        return ANY;
    }

    /**
     * Reads the {@code If-Match} header value.
     *
     * @param header the raw header value, null when the request had none
     * @throws ProblemException 400 {@code http.malformed-if-match} unless the value is absent, blank, {@code *},
     *         {@code "<version>"} or {@code W/"<version>"}
     */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ANY;
        }
        return version(header).map(IfMatch::new).orElseThrow(() -> new ProblemException(400, MALFORMED,
                "Malformed If-Match",
                "If-Match must be a single entity tag as sent in ETag (\"<version>\" or W/\"<version>\") or *."));
    }

    /**
     * Whether the header names a version, without ever failing: the problem mapper's question when a
     * {@code ConcurrentUpdate} comes back (412 if it does, 409 if not).
     */
    public static boolean carriesVersion(String header) {
        return header != null && version(header).isPresent();
    }

    /** The {@code ETag} header value of an aggregate at {@code version}: the version in quotes. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Whether a version is required to match. */
    public boolean conditional() {
        return expectedVersion != null;
    }

    private static Optional<Long> version(String header) {
        var matcher = TAG.matcher(header.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
