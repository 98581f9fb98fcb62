package org.opencpms.domain.coding;

import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * A diagnosis, phenotype or finding coded in one coding system, with an optional human-readable
 * display text (empty when not given).
 *
 * <p>Invariant: {@code code} is well formed in {@code system}; otherwise the entry cannot be built
 * ({@code coded-entry.invalid}).
 */
public record CodedEntry(CodingSystem system, String code, String display) {

    public static final int MAX_DISPLAY_LENGTH = 500;

    public CodedEntry {
        Require.present(system, "coded-entry");
        code = Require.present(code, "coded-entry").strip();
        if (!system.isValid(code)) {
            throw new InvalidValue("coded-entry", "not a valid " + system.displayName() + " code: " + code
                    + " (" + system.displayName() + ": " + system.rule() + ")");
        }
        display = display == null || display.isBlank() ? "" : Require.text(display, "coded-entry", MAX_DISPLAY_LENGTH);
    }
}
