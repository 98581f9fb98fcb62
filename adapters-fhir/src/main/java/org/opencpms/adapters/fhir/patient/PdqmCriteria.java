package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.application.patient.FindPatients;
import org.opencpms.domain.patient.Sex;

/**
 * The PDQm (ITI-78) parameters as the criteria of {@link FindPatients}: {@code family} and {@code given} (starts with,
 * case and accents ignored; {@code :exact} is not supported), {@code birthdate} (a whole day, {@code eq} only),
 * {@code gender} (administrative-gender code), {@code identifier} ({@code [system|]value}, the hospital identifier).
 * Anything else is a 400.
 */
final class PdqmCriteria {

    private PdqmCriteria() {
    }

    static FindPatients.Criteria of(StringParam family, StringParam given, DateParam birthDate, TokenParam gender,
                                    TokenParam identifier) {
        return new FindPatients.Criteria(text(family), text(given), day(birthDate), sex(gender),
                identifier == null ? null : identifier.getValue());
    }

    private static String text(StringParam param) {
        if (param == null) {
            return null;
        }
        if (param.isExact() || param.isContains()) {
            throw unsupported("family and given match the start of a name; :exact and :contains are not supported");
        }
        return param.getValue();
    }

    private static LocalDate day(DateParam param) {
        if (param == null) {
            return null;
        }
        if (param.getPrefix() != null && param.getPrefix() != ParamPrefixEnum.EQUAL || param.getValueAsString().length() != 10) {
            throw unsupported("birthdate is a whole day (YYYY-MM-DD), without a prefix");
        }
        return LocalDate.parse(param.getValueAsString());
    }

    private static Sex sex(TokenParam param) {
        if (param == null) {
            return null;
        }
        return switch (param.getValue()) {
            case "female" -> Sex.FEMALE;
            case "male" -> Sex.MALE;
            case "other" -> Sex.OTHER;
            case "unknown" -> Sex.UNKNOWN;
            default -> throw unsupported("gender is female, male, other or unknown");
        };
    }

    private static InvalidRequestException unsupported(String message) {
        var refusal = new InvalidRequestException(message);
        refusal.setOperationOutcome(Outcomes.error(IssueType.NOTSUPPORTED, "fhir.unsupported-search", message));
        return refusal;
    }
}
