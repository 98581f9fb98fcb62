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
 * <p>Replacing writes must say which version they replace: a {@code PUT} or {@code PATCH} (the form, the identity,
 * the outcome draft, a profile, a meeting's new time...) without the header is refused with 428 Precondition Required
 * {@code http.if-match-required} before anything else is looked at ({@link #requireOnReplacingWrite}, applied to every
 * request by {@link ReplacingWritesRequireIfMatch}); {@code If-Match: *} says on purpose "whatever the version" and is
 * accepted. Additive writes and actions ({@code POST}: comments, contributions, chat, lifecycle moves) and
 * {@code DELETE} may go without, as before.
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
    /** How the OpenAPI document describes the 428 answer of a replacing write. */
    public static final String REQUIRED_RESPONSE = "No If-Match: a replacing write names the ETag it replaces "
            + "(http.if-match-required) (problem+json)";
    /** How the OpenAPI document describes the If-Match header of a replacing write. */
    public static final String REQUIRED_PARAMETER = "Required: the ETag as last read (\"<version>\"), or * to replace "
            + "whatever version is there";
    /** The problem code of a replacing write sent without the header. */
    public static final String REQUIRED = "http.if-match-required";

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

    /** Whether a request with this HTTP method replaces state, and so must carry {@code If-Match}: PUT and PATCH. */
    public static boolean replaces(String method) {
        return "PUT".equalsIgnoreCase(method) || "PATCH".equalsIgnoreCase(method);
    }

    /**
     * The rule for replacing writes: a {@code PUT} or {@code PATCH} whose {@code If-Match} is absent or blank is
     * refused; other methods, and any header present (checked later by {@link #parse}), pass.
     *
     * @throws ProblemException 428 {@code http.if-match-required}
     */
    public static void requireOnReplacingWrite(String method, String header) {
        if (replaces(method) && (header == null || header.isBlank())) {
            throw new ProblemException(428, REQUIRED, "If-Match required",
                    "This request replaces what was there: send the ETag you last read in If-Match (or * to replace "
                            + "whatever version is there), so that a change made meanwhile is not overwritten.");
        }
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
