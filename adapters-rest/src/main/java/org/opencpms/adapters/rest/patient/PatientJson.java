package org.opencpms.adapters.rest.patient;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.patient.PatientView;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.patient.Sex;

/**
 * One patient as the caller may see them: pseudonym, age in whole years, sex, enrolling centre, the kinds of consent
 * in force (sorted), the identity only when the access policy lets the caller see it (absent otherwise), and the
 * version, also sent as the {@code ETag}, for a correction's {@code If-Match}.
 */
public record PatientJson(String id, String pseudonymId, String nickname, int ageInYears,
                          @Schema(implementation = Sex.class) String sex, String centre,
                          @Schema(type = SchemaType.ARRAY, implementation = ConsentKind.class)
                          List<String> consentsInForce,
                          IdentityJson identity, long version) {

    public static PatientJson of(PatientView view) {
        return new PatientJson(view.id().value().toString(), view.pseudonymId().value().toString(),
                view.nickname().value(), view.ageInYears(), view.sex().name(), view.centre().value().toString(),
                view.consentsInForce().stream().map(Enum::name).sorted().toList(),
                view.identity().map(IdentityJson::of).orElse(null), view.version());
    }
}
