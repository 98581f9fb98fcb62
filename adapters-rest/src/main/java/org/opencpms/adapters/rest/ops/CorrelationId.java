package org.opencpms.adapters.rest.ops;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the current request in logs and problem responses. Taken from an incoming
 * {@code X-Correlation-Id} header when it is a safe token (so a front end or gateway can follow a call),
 * otherwise a fresh random UUID. Held per thread for the duration of the request by {@link CorrelationFilter}.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationId() {
    }

    /** The id of the request this thread is serving; a new one if none was set. */
    public static String current() {
        var id = CURRENT.get();
        return id != null ? id : UUID.randomUUID().toString();
    }

    static String adopt(String incoming) {
        var id = Optional.ofNullable(incoming).filter(s -> SAFE.matcher(s).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        CURRENT.set(id);
        return id;
    }

    static void clear() {
        CURRENT.remove();
    }
}
