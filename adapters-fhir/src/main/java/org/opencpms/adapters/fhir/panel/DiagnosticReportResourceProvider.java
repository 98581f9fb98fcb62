package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IdType;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.adapters.fhir.outcome.OutcomeReport;
import org.opencpms.application.panel.AddToClinicalSection;
import org.opencpms.application.panel.ViewOutcome;

/**
 * DiagnosticReport: create adds the report, its result Observations and its conclusion ({@link DiagnosticReports}) as
 * one paragraph to a clinical section of the form of the consultation its {@code basedOn} names (a ServiceRequest), and
 * keeps each result as the laboratory result it is (read back as an Observation, like a standalone one), through
 * {@link AddToClinicalSection}: the lead only, until sign-off, all or nothing. The results are contained in the report, or
 * entries of the same transaction Bundle that its {@code result} names by fullUrl. Every code in a known system is
 * checked (422 naming the element). Not kept as a resource of its own: the answer is the consultation it now belongs
 * to. Read ({@code DiagnosticReport/<panel id>}) answers a panel's outcome as a report ({@link OutcomeReport}) for
 * whoever may see the panel ({@link ViewOutcome}); anyone else gets the 404 of an unknown panel.
 */
@Dependent
public class DiagnosticReportResourceProvider implements IResourceProvider {

    private final AddToClinicalSection add;
    private final ViewOutcome outcome;

    @Inject
    public DiagnosticReportResourceProvider(AddToClinicalSection add, ViewOutcome outcome) {
        this.add = add;
        this.outcome = outcome;
    }

    @Read
    public DiagnosticReport read(@IdParam IdType id, RequestDetails request) {
        return OutcomeReport.of(outcome.handle(new ViewOutcome.Query(FhirCaller.actor(request), FhirIds.panel(id))));
    }

    @Override
    public Class<DiagnosticReport> getResourceType() {
        return DiagnosticReport.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam DiagnosticReport report, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var panel = CodedEntries.consultation(report.getBasedOn().isEmpty() ? null : report.getBasedOnFirstRep());
        var text = DiagnosticReports.text(report);
        return Consultations.added(panel, add.handle(new AddToClinicalSection.Command(actor, panel,
                Subjects.of(report.getSubject()), DiagnosticReports.section(report), text,
                List.copyOf(DiagnosticReports.labResults(report)))));
    }
}
