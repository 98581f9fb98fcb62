package org.opencpms.adapters.rest.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.consent.ConsentForm;

/** The form a consent was given on: its version and its ISO 639-1 language ({@code de}). */
public record ConsentFormJson(@NotBlank @Size(max = 32) String version,
                              @NotBlank @Size(min = 2, max = 2)
                              @Schema(pattern = "^[A-Za-z]{2}$", description = "ISO 639-1 code of any language ("
                                      + "de), not only those OpenCPMS speaks") String language) {

    public static ConsentFormJson of(ConsentForm form) {
        return new ConsentFormJson(form.version(), form.language());
    }

    /** @throws org.opencpms.domain.shared.InvalidValue {@code form-version.invalid}, {@code form-language.invalid} */
    public ConsentForm toDomain() {
        return new ConsentForm(version, language);
    }
}
