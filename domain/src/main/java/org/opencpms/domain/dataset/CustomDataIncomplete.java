package org.opencpms.domain.dataset;

import java.util.List;
import org.opencpms.domain.shared.RuleViolation;

/** Mandatory custom fields are missing or custom values are malformed; lists the keys of those fields. */
public final class CustomDataIncomplete extends RuleViolation {

    public static final String CODE = "panel.custom-data-incomplete";
    private static final long serialVersionUID = 1L;

    private final List<String> fieldKeys;

    public CustomDataIncomplete(List<String> fieldKeys) {
        super(CODE, "custom data missing or malformed: " + String.join(", ", fieldKeys));
        this.fieldKeys = List.copyOf(fieldKeys);
    }

    /** The keys of the fields at fault, in data-set order. */
    public List<String> fieldKeys() {
        return fieldKeys;
    }
}
