package org.opencpms.adapters.rest.paging;

import org.opencpms.domain.shared.InvalidValue;

/**
 * The paging query parameters of every list: {@code limit} (default {@value #DEFAULT_LIMIT}, from
 * {@value #MIN_LIMIT} to {@value #MAX_LIMIT}), {@code offset} (0 or more, default 0) and {@code after} (a cursor the
 * previous page gave as {@code next}). They are read as text so that a value that is not a number is a 400 naming
 * the parameter ({@code limit.invalid}, {@code offset.invalid}), like an out-of-range one, rather than JAX-RS's 404
 * for an unconvertible parameter.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 500;
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    public static final String AFTER = "after";

    private Paging() {
    }

    /**
     * The page size asked for: {@value #DEFAULT_LIMIT} when absent.
     *
     * @throws InvalidValue {@code limit.invalid} unless a whole number from 1 to 500
     */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        var value = number(limit, LIMIT);
        if (value < MIN_LIMIT || value > MAX_LIMIT) {
            throw new InvalidValue(LIMIT, "limit must be a whole number from " + MIN_LIMIT + " to " + MAX_LIMIT);
        }
        return (int) value;
    }

    /**
     * The page size asked for, from an already converted parameter: {@value #DEFAULT_LIMIT} when absent. Prefer
     * {@link #limit(String)}: JAX-RS answers 404, not 400, to a query parameter it cannot convert to a number.
     *
     * @throws InvalidValue {@code limit.invalid} unless from 1 to 500
     */
    public static int limit(Integer limit) {
        return limit(limit == null ? null : limit.toString());
    }

    /**
     * The offset asked for: 0 when absent.
     *
     * @throws InvalidValue {@code offset.invalid} unless a whole number, 0 or more
     */
    public static int offset(String offset) {
        if (offset == null || offset.isBlank()) {
            return 0;
        }
        var value = number(offset, OFFSET);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new InvalidValue(OFFSET, "offset must be a whole number, 0 or more");
        }
        return (int) value;
    }

    /** The cursor asked for: null (the first page) when absent or blank; the use case checks the token itself. */
    public static String after(String after) {
        return after == null || after.isBlank() ? null : after.strip();
    }

    private static long number(String text, String parameter) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(parameter, parameter + " must be a whole number");
        }
    }
}
