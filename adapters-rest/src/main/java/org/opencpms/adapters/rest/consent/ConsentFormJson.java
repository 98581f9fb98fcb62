package org.opencpms.adapters.rest.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.domain.consent.ConsentForm;

/** The form a consent was given on: its version and its ISO 639-1 language ({@code de}). */
public record ConsentFormJson(@NotBlank @Size(max = 32) String version, @NotBlank @Size(min = 2, max = 2) String language) {

    public static ConsentFormJson of(ConsentForm form) {
        return new ConsentFormJson(form.version(), form.language());
    }

    /** @throws org.opencpms.domain.shared.InvalidValue {@code form-version.invalid}, {@code form-language.invalid} */
    public ConsentForm toDomain() {
        return new ConsentForm(version, language);
    }
}
