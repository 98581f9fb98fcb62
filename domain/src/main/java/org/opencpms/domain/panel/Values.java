package org.opencpms.domain.panel;

import java.util.List;
import org.opencpms.domain.shared.Require;

/** Normalisation shared by the panel's value records. */
final class Values {

    private Values() {
    }

    /** Optional text: null or blank becomes empty, anything else is stripped and length-checked. */
    static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? "" : Require.text(value, field, maxLength);
    }

    /** An unmodifiable copy; null becomes empty, a null element is refused. */
    static <T> List<T> listOf(List<T> values, String field) {
        return values == null ? List.of() : values.stream().map(v -> Require.present(v, field)).toList();
    }
}
