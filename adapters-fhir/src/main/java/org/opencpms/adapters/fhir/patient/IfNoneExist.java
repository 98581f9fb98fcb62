package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.domain.patient.HospitalIdentifier;

/**
 * The condition of a conditional create of a Patient ({@code If-None-Exist}): only {@code identifier=[system|]value},
 * the hospital's own identifier of the patient at the enrolling centre (the system is not kept: the value is unique
 * per centre). Any other condition is a 400.
 */
final class IfNoneExist {

    private IfNoneExist() {
    }

    static Optional<HospitalIdentifier> identifier(String condition) {
        if (condition == null || condition.isBlank()) {
            return Optional.empty();
        }
        var query = condition.contains("?") ? condition.substring(condition.indexOf('?') + 1) : condition;
        if (!query.startsWith("identifier=") || query.contains("&")) {
            var message = "If-None-Exist supports identifier=[system|]value only, not " + condition;
            var refusal = new InvalidRequestException(message);
            refusal.setOperationOutcome(Outcomes.error(IssueType.NOTSUPPORTED, "fhir.unsupported-condition", message));
            throw refusal;
        }
        var token = URLDecoder.decode(query.substring("identifier=".length()), StandardCharsets.UTF_8);
        return Optional.of(new HospitalIdentifier(token.substring(token.indexOf('|') + 1)));
    }
}
