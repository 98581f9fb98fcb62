package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.DomainFailures;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.domain.shared.DomainException;

/**
 * The failure of one entry of a Bundle, as the HAPI exception with its status and an OperationOutcome whose every
 * issue names the entry: {@code Bundle.entry[i]} prefixed to its diagnostics and added as its first expression. A
 * domain refusal keeps its status and stable code ({@link DomainFailures#translate}); anything unexpected is left as
 * it is (a 500 that says nothing of its cause).
 */
final class EntryFailures {

    private EntryFailures() {
    }

    static RuntimeException named(int index, RuntimeException failure) {
        BaseServerResponseException answer;
        var domain = domainCause(failure);
        if (domain != null) {
            answer = DomainFailures.translate(domain, false);
        } else if (failure instanceof BaseServerResponseException known) {
            answer = known;
        } else {
            return failure;
        }
        var where = "Bundle.entry[" + index + "]";
        if (!(answer.getOperationOutcome() instanceof OperationOutcome outcome)) {
            answer.setOperationOutcome(Outcomes.error(IssueType.PROCESSING, "transaction.invalid",
                    answer.getMessage(), where));
            return answer;
        }
        for (var issue : outcome.getIssue()) {
            issue.setDiagnostics(where + ": " + issue.getDiagnostics());
            issue.getDetails().setText(where + ": " + issue.getDetails().getText());
            issue.getExpression().add(0, new org.hl7.fhir.r4.model.StringType(where));
        }
        return answer;
    }

    /** A refusal of an entry's shape: 400 {@code transaction.invalid} ({@link #named} names the entry). */
    static InvalidRequestException invalid(String message) {
        var refusal = new InvalidRequestException(message);
        refusal.setOperationOutcome(Outcomes.error(IssueType.INVALID, "transaction.invalid", message));
        return refusal;
    }

    private static DomainException domainCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }
}
