package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.application.user.AuthenticateCaller;
import org.opencpms.application.user.TokenRejected;
import org.opencpms.domain.shared.DomainException;

/**
 * Authentication of every FHIR interaction but the CapabilityStatement ({@code GET /fhir/metadata}, public as FHIR
 * expects): exactly as on REST, the application's {@link AuthenticateCaller} verifies the bearer token and says who
 * acts (a person, or a registered machine client acting for a health professional of its centre). A token that proves
 * nobody is a 401 OperationOutcome with the same code as on REST and a {@code WWW-Authenticate: Bearer} challenge.
 * The refusal is handed to the interaction ({@link FhirCaller#actor}), which every provider asks first, rather than
 * thrown from the hook, where HAPI would log each refused token with a stack trace. A plain object for HAPI (which reads its {@link Hook} methods by reflection), built by CDI as a dependent bean.
 */
@Interceptor(order = FhirAuthentication.ORDER)
@Dependent
public class FhirAuthentication {

    /** Before everything else that looks at a request. */
    static final int ORDER = -10;

    private final AuthenticateCaller authenticate;

    @Inject
    public FhirAuthentication(AuthenticateCaller authenticate) {
        this.authenticate = authenticate;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean authenticate(RequestDetails request) {
        if (request.getRestOperationType() == RestOperationTypeEnum.METADATA) {
            return true;
        }
        try {
            authenticate.handle(new AuthenticateCaller.Command(request.getHeader("Authorization"))).actor()
                    .ifPresent(actor -> request.getUserData().put(FhirCaller.ACTOR, actor));
        } catch (TokenRejected rejected) {
            var refusal = new AuthenticationException(rejected.getMessage());
            refusal.setOperationOutcome(Outcomes.error(IssueType.LOGIN, rejected.code(), rejected.getMessage()));
            refusal.addResponseHeader("WWW-Authenticate", "auth.missing-token".equals(rejected.code())
                    ? "Bearer realm=\"opencpms\"" : "Bearer realm=\"opencpms\", error=\"invalid_token\"");
            request.getUserData().put(FhirCaller.REFUSAL, refusal);
        } catch (DomainException refused) {
            request.getUserData().put(FhirCaller.REFUSAL, refused);
        }
        return true;
    }
}
