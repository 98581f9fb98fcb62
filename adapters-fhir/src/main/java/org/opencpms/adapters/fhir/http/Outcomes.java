package org.opencpms.adapters.fhir.http;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The OperationOutcome of a refusal: one error issue whose details carry OpenCPMS's stable code (the domain's
 * {@code code()}, e.g. {@code enrolment.care-consent-required}, or an edge code such as {@code auth.missing-token}) in
 * the {@value #PROBLEM_SYSTEM} code system, and the message as its text and diagnostics.
 */
public final class Outcomes {

    public static final String PROBLEM_SYSTEM = "https://opencpms.org/fhir/CodeSystem/problem";

    private Outcomes() {
    }

    public static OperationOutcome error(IssueType type, String code, String message) {
        var outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type)
                .setDetails(new CodeableConcept().addCoding(new Coding(PROBLEM_SYSTEM, code, null)).setText(message))
                .setDiagnostics(message);
        return outcome;
    }

    /** An error about one element of the incoming resource, named by its FHIRPath {@code location}. */
    public static OperationOutcome error(IssueType type, String code, String message, String location) {
        var outcome = error(type, code, location + ": " + message);
        outcome.getIssueFirstRep().addExpression(location);
        return outcome;
    }
}
