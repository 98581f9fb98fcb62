package org.opencpms.adapters.rest.problem;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;

/**
 * Reads the text of a request (a JSON string, a query or path parameter) into a domain value, failing as the
 * domain's own value objects do: an {@link InvalidValue} named after the field, which the problem mapper answers
 * with a 400 and that one field error. Enums travel by name; an ERN also by its own code ({@code ERKNet}).
 */
public final class WireValues {

    private WireValues() {
    }

    /**
     * The constant of {@code type} named {@code text} (case-insensitive).
     *
     * @throws InvalidValue {@code <field>.invalid} when absent or not one of the constants, which the message lists
     */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, field + " is required");
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, field + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Like {@link #enumValue} but null for an absent value. */
    public static <E extends Enum<E>> E optionalEnumValue(Class<E> type, String text, String field) {
        return text == null || text.isBlank() ? null : enumValue(type, text, field);
    }

    /**
     * The ERN named by its enum name ({@code ERKNET}) or its code ({@code ERKNet}).
     *
     * @throws InvalidValue {@code <field>.invalid} when absent or unknown
     */
    public static Ern ern(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, field + " is required");
        }
        return Ern.byCode(text).orElseThrow(() -> new InvalidValue(field, "not a European Reference Network: " + text));
    }

    /** Like {@link #ern} but null for an absent value. */
    public static Ern optionalErn(String text, String field) {
        return text == null || text.isBlank() ? null : ern(text, field);
    }

    /**
     * An id read from its UUID text by the domain's own parser ({@code PatientId::of}...), the failure named after
     * the wire field rather than the domain's value.
     *
     * @throws InvalidValue {@code <field>.invalid} when absent or not a UUID
     */
    public static <T> T id(String text, String field, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, field + " is required");
        }
        try {
            return parse.apply(text.strip());
        } catch (InvalidValue e) {
            throw new InvalidValue(field, field + " must be a UUID");
        }
    }

    /** Like {@link #id} but null for an absent value. */
    public static <T> T optionalId(String text, String field, Function<String, T> parse) {
        return text == null || text.isBlank() ? null : id(text, field, parse);
    }

    /**
     * An ISO-8601 instant ({@code 2025-01-31T12:00:00Z}), null when absent.
     *
     * @throws InvalidValue {@code <field>.invalid} when not an ISO-8601 instant
     */
    public static Instant optionalInstant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, field + " must be an ISO-8601 instant such as 2025-01-31T00:00:00Z");
        }
    }
}
