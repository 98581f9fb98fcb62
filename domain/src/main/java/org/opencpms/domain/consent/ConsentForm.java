package org.opencpms.domain.consent;

import java.util.Locale;
import java.util.Set;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * The form a consent was given on: its version (at most {@value #MAX_VERSION_LENGTH} characters)
 * and its language as an ISO 639-1 code (two lower-case letters, e.g. {@code de}).
 */
public record ConsentForm(String version, String language) {

    static final int MAX_VERSION_LENGTH = 32;
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public ConsentForm {
        version = Require.text(version, "form-version", MAX_VERSION_LENGTH);
        language = Require.present(language, "form-language").strip().toLowerCase(Locale.ROOT);
        if (!ISO_639_1.contains(language)) {
            throw new InvalidValue("form-language", "not an ISO 639-1 language code: " + language);
        }
    }
}
