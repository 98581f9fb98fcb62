package org.opencpms.adapters.persistence.container;

import java.util.Optional;

/**
 * Deployment settings: a system property ({@code opencpms.training}) wins over the environment variable of
 * the same name in upper case with underscores ({@code OPENCPMS_TRAINING}).
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String property) {
        var value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Training mode: synthetic data loaded at start, tokens issued for the training accounts. */
    public static boolean trainingMode() {
        return get("opencpms.training").map(Boolean::parseBoolean).orElse(false);
    }
}
