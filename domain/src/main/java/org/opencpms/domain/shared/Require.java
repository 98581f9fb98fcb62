package org.opencpms.domain.shared;

import java.util.Collection;
import java.util.Map;

/** Argument checks for value objects; each failure is an {@link InvalidValue} named after the field. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValue(field, field + " is required");
        }
        return value;
    }

    /**
     * Present, {@link DefensibleText defensible}, not blank, and at most {@code maxLength} characters once stripped;
     * returns it stripped, in Unicode normalisation form C.
     */
    public static String text(String value, String field, int maxLength) {
        String stripped = DefensibleText.of(present(value, field), field).strip();
        if (stripped.isEmpty()) {
            throw new InvalidValue(field, field + " must not be blank");
        }
        if (stripped.length() > maxLength) {
            throw new InvalidValue(field, field + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        present(values, field);
        if (values.isEmpty()) {
            throw new InvalidValue(field, field + " must not be empty");
        }
        return values;
    }

    public static <M extends Map<?, ?>> M noNullEntries(M values, String field) {
        present(values, field);
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new InvalidValue(field, field + " must not contain null keys or values");
            }
        });
        return values;
    }

    /** The largest page any list returns. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * A page of a list: {@code offset} at least 0, {@code limit} from 1 to {@value #MAX_PAGE_SIZE}.
     *
     * @throws InvalidValue {@code offset.invalid} or {@code limit.invalid}
     */
    public static void page(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidValue("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidValue("limit", "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
