package org.opencpms.adapters.rest.consent;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.consent.ConsentView;
import org.opencpms.domain.consent.ConsentKind;

/**
 * One recorded consent as the patient's handlers see it; {@code version} is what a withdrawal sends back in
 * {@code If-Match} ({@code "<version>"}). {@code signedDocument} and {@code withdrawal} are absent when there is none.
 */
public record ConsentJson(String id, @Schema(implementation = ConsentKind.class) String kind, LocalDate givenOn,
                          ConsentFormJson form, DocumentReferenceJson signedDocument, String recordedBy,
                          Instant recordedAt, boolean inForce, WithdrawalJson withdrawal, long version) {

    public static ConsentJson of(ConsentView view) {
        var given = view.given();
        return new ConsentJson(view.id().value().toString(), given.kind().name(), given.givenOn(),
                ConsentFormJson.of(given.form()), given.signed().map(DocumentReferenceJson::of).orElse(null),
                view.recordedBy().value().toString(), view.recordedAt(), view.inForce(),
                view.withdrawal().map(WithdrawalJson::of).orElse(null), view.version());
    }
}
