package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.domain.user.Actor;

/**
 * The actor of the current FHIR request, as {@link FhirAuthentication} established it and left in the request's user
 * data; resource providers only read it.
 */
public final class FhirCaller {

    static final String ACTOR = "opencpms.actor";
    static final String REFUSAL = "opencpms.refusal";

    private FhirCaller() {
    }

    /**
     * @throws RuntimeException the authentication's refusal: a 401 for a token that proves nobody, the domain's 403
     *         for a machine client acting for someone it may not
     * @throws ForbiddenOperationException 403 {@code user.not-registered} for a signed-in subject OpenCPMS does not
     *         know yet (who may only file an access request, over REST)
     */
    public static Actor actor(RequestDetails request) {
        if (request.getUserData().get(REFUSAL) instanceof RuntimeException refusal) {
            throw refusal;
        }
        if (request.getUserData().get(ACTOR) instanceof Actor actor) {
            return actor;
        }
        var message = "You are signed in but not registered in OpenCPMS: file an access request first.";
        var refusal = new ForbiddenOperationException(message);
        refusal.setOperationOutcome(Outcomes.error(IssueType.FORBIDDEN, "user.not-registered", message));
        throw refusal;
    }
}
