package org.opencpms.domain.consent;

import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.domain.shared.Require;

/**
 * A consent as the patient gave it: which kind, on which date, on which form, and optionally the
 * signed document ({@code signedDocument} may be null).
 */
public record GivenConsent(ConsentKind kind, LocalDate givenOn, ConsentForm form, DocumentReference signedDocument) {

    public GivenConsent {
        Require.present(kind, "consent-kind");
        Require.present(givenOn, "given-on");
        Require.present(form, "consent-form");
    }

    public Optional<DocumentReference> signed() {
        return Optional.ofNullable(signedDocument);
    }
}
