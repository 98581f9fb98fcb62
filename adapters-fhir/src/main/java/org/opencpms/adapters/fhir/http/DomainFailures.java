package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.application.access.ConcealFromOutsiders;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.RuleViolation;

/**
 * Every failure of a FHIR interaction as an OperationOutcome ({@link Outcomes}) with the right status: the domain's
 * four kinds as on REST — not found 404, rule violated (an invalid value included) 422, conflict 409 (a concurrent
 * update 412 when the request carried {@code If-Match}), forbidden 403 — each with the domain's stable code. A failure
 * of an interaction addressed to a patient, consent or consultation (panel, its outcome) the caller may not see, by
 * its id or by the search parameter a search is confined to ({@link Addressed}), is answered as that target's
 * not-found ({@link ConcealFromOutsiders}), so that nobody learns which ids are real. HAPI's own
 * refusals (400 malformed, 404 unknown resource type, 405...) pass as they are; anything else is a 500 that says
 * nothing of its cause (the cause goes to the server log).
 */
@Interceptor
@Dependent
public class DomainFailures {

    private static final System.Logger LOG = System.getLogger(DomainFailures.class.getName());

    private final ConcealFromOutsiders conceal;

    @Inject
    public DomainFailures(ConcealFromOutsiders conceal) {
        this.conceal = conceal;
    }

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException answer(RequestDetails request, Throwable failure) {
        var domain = domainCause(failure);
        if (domain.isPresent()) {
            return translate(concealed(domain.get(), request), request.getHeader("If-Match") != null);
        }
        if (failure instanceof BaseServerResponseException known && !(failure instanceof InternalErrorException)) {
            return known;
        }
        LOG.log(System.Logger.Level.ERROR, "FHIR interaction failed unexpectedly", failure);
        var unexpected = new InternalErrorException("Unexpected error; see the server log.");
        unexpected.setOperationOutcome(Outcomes.error(IssueType.EXCEPTION, "server.error",
                "Unexpected error; see the server log."));
        return unexpected;
    }

    /** The failure as a HAPI exception with its status and OperationOutcome. */
    public static BaseServerResponseException translate(DomainException failure, boolean ifMatchSent) {
        var message = failure.getMessage();
        BaseServerResponseException answer;
        IssueType type;
        if (failure instanceof ConcurrentUpdate && ifMatchSent) {
            answer = new PreconditionFailedException(message);
            type = IssueType.CONFLICT;
        } else if (failure instanceof NotFound) {
            answer = new ResourceNotFoundException(message);
            type = IssueType.NOTFOUND;
        } else if (failure instanceof RuleViolation) {
            answer = new UnprocessableEntityException(message);
            type = IssueType.BUSINESSRULE;
        } else if (failure instanceof Conflict) {
            answer = new ResourceVersionConflictException(message);
            type = IssueType.CONFLICT;
        } else {
            answer = new ForbiddenOperationException(message);
            type = IssueType.FORBIDDEN;
        }
        answer.setOperationOutcome(Outcomes.error(type, failure.code(), message));
        return answer;
    }

    private DomainException concealed(DomainException failure, RequestDetails request) {
        if (!(request.getUserData().get(FhirCaller.ACTOR) instanceof org.opencpms.domain.user.Actor actor)) {
            return failure;
        }
        return Addressed.of(request)
                .flatMap(target -> conceal.handle(new ConcealFromOutsiders.Query(actor, target.kind(), target.id())))
                .<DomainException>map(notFound -> notFound).orElse(failure);
    }

    private static Optional<DomainException> domainCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
