package org.opencpms.adapters.rest.patient;

import java.util.List;
import org.opencpms.application.patient.PatientView;

/**
 * One patient as the caller may see them: pseudonym, age in whole years, sex, enrolling centre, the kinds of consent
 * in force (sorted), the identity only when the access policy lets the caller see it (absent otherwise), and the
 * version, also sent as the {@code ETag}, for a correction's {@code If-Match}.
 */
public record PatientJson(String id, String pseudonymId, String nickname, int ageInYears, String sex, String centre,
                          List<String> consentsInForce, IdentityJson identity, long version) {

    public static PatientJson of(PatientView view) {
        return new PatientJson(view.id().value().toString(), view.pseudonymId().value().toString(),
                view.nickname().value(), view.ageInYears(), view.sex().name(), view.centre().value().toString(),
                view.consentsInForce().stream().map(Enum::name).sorted().toList(),
                view.identity().map(IdentityJson::of).orElse(null), view.version());
    }
}
