package org.opencpms.adapters.rest.consent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;

/**
 * A consent as the patient gave it: {@code kind} ({@code CARE}, {@code SHARING_WITHIN_ERN},
 * {@code REGISTRY_INCLUSION}, {@code RESEARCH_CONTACT}), the day given, the form, and optionally the signed document.
 */
public record GivenConsentJson(@NotBlank @Schema(implementation = ConsentKind.class, required = true) String kind,
                               @NotNull LocalDate givenOn, @Valid @NotNull ConsentFormJson form,
                               @Valid DocumentReferenceJson signedDocument) {

    public static GivenConsentJson of(GivenConsent given) {
        return new GivenConsentJson(given.kind().name(), given.givenOn(), ConsentFormJson.of(given.form()),
                given.signed().map(DocumentReferenceJson::of).orElse(null));
    }

    /** @throws org.opencpms.domain.shared.InvalidValue {@code kind.invalid} and the form's and document's own */
    public GivenConsent toDomain() {
        return new GivenConsent(WireValues.enumValue(ConsentKind.class, kind, "kind"), givenOn, form.toDomain(),
                signedDocument == null ? null : signedDocument.toDomain());
    }
}
