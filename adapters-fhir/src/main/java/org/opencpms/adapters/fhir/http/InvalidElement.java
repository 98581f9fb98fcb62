package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.domain.shared.InvalidValue;

/**
 * A value of the incoming resource the domain refused: 422 with the domain's code (e.g. {@code coded-entry.invalid})
 * and its message (which states the rule), at the element's FHIRPath location
 * (e.g. {@code Observation.code.coding[0].code}).
 */
public final class InvalidElement {

    private InvalidElement() {
    }

    /** The value {@code build} makes; its {@link InvalidValue} as a 422 naming {@code location}. */
    public static <T> T at(String location, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValue refused) {
            throw refused(location, refused.code(), refused.getMessage());
        }
    }

    public static UnprocessableEntityException refused(String location, String code, String message) {
        var answer = new UnprocessableEntityException(location + ": " + message);
        answer.setOperationOutcome(Outcomes.error(IssueType.INVALID, code, message, location));
        return answer;
    }
}
