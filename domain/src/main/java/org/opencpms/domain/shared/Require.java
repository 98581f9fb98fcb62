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

    public static String text(String value, String field, int maxLength) {
        present(value, field);
        if (value.isBlank()) {
            throw new InvalidValue(field, field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidValue(field, field + " must be at most " + maxLength + " characters");
        }
        return value.strip();
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
}
