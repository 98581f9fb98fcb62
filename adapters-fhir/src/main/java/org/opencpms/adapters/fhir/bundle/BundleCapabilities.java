package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.enterprise.context.Dependent;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;

/**
 * What the CapabilityStatement says of Bundles posted to the base: HAPI lists {@code transaction} for the system
 * provider; this adds {@code batch}, which the same provider serves, and documents both.
 */
@Interceptor
@Dependent
public class BundleCapabilities {

    static final String TRANSACTION = "All or nothing in one database transaction: each Patient with the Consents"
            + " naming its fullUrl is one enrolment (ifNoneExist on the identifier makes a repeated push change nothing),"
            + " then POST Consent, ServiceRequest, Condition, Observation, DiagnosticReport, FamilyMemberHistory,"
            + " ImagingStudy and PUT Consent, references to urn:uuid fullUrls resolved and conditional references to a Patient"
            + " (Patient?identifier=system|value, or other PDQm parameters) resolved to the one patient the caller sees"
            + " with identity (none: 400, several: 412); a failing entry rolls back"
            + " everything and is named in the OperationOutcome. A transaction with DocumentReferences is an IHE MHD"
            + " ITI-65 Provide Document Bundle.";
    static final String BATCH = "Entry by entry, each with its own status (and OperationOutcome when refused); the"
            + " same interactions as a transaction, without references between entries; conditional references to a Patient"
            + " are resolved as in a transaction.";

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void describe(IBaseConformance generated) {
        var rest = ((CapabilityStatement) generated).getRestFirstRep();
        rest.getInteraction().stream().filter(i -> i.getCode() == SystemRestfulInteraction.TRANSACTION)
                .forEach(i -> i.setDocumentation(TRANSACTION));
        if (rest.getInteraction().stream().noneMatch(i -> i.getCode() == SystemRestfulInteraction.BATCH)) {
            rest.addInteraction().setCode(SystemRestfulInteraction.BATCH).setDocumentation(BATCH);
        }
    }
}
