package org.opencpms.adapters.fhir.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.RuleViolation;

class DomainFailuresTest {

    private static void answers(DomainException failure, boolean ifMatch, int status, IssueType type) {
        BaseServerResponseException answer = DomainFailures.translate(failure, ifMatch);
        assertThat(answer.getStatusCode()).as(failure.code()).isEqualTo(status);
        var issue = ((OperationOutcome) answer.getOperationOutcome()).getIssueFirstRep();
        assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(issue.getCode()).isEqualTo(type);
        assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(Outcomes.PROBLEM_SYSTEM);
        assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(failure.code());
        assertThat(issue.getDiagnostics()).isEqualTo(failure.getMessage());
    }

    @Test
    void each_kind_of_domain_failure_gets_its_status_and_the_domains_code() {
        answers(new NotFound("patient.not-found", "no patient"), false, 404, IssueType.NOTFOUND);
        answers(new RuleViolation("enrolment.care-consent-required", "care consent"), false, 422, IssueType.BUSINESSRULE);
        answers(new InvalidValue("given-name", "blank"), false, 422, IssueType.BUSINESSRULE);
        answers(new Conflict("patient.duplicate-hospital-identifier", "taken"), false, 409, IssueType.CONFLICT);
        answers(new Forbidden("consent.forbidden", "not yours"), false, 403, IssueType.FORBIDDEN);
    }

    @Test
    void a_concurrent_update_is_412_when_the_client_sent_if_match_and_409_otherwise() {
        var stale = new ConcurrentUpdate("consent", java.util.UUID.randomUUID());

        answers(stale, true, 412, IssueType.CONFLICT);
        answers(stale, false, 409, IssueType.CONFLICT);
    }
}
