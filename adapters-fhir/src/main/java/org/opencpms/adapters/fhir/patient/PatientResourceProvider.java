package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.FindEnrolledPatient;
import org.opencpms.application.patient.ViewPatient;
import org.opencpms.domain.patient.HospitalIdentifier;

/**
 * Patient: create is an enrolment at the caller's centre ({@link EnrolPatient}), which needs the care consent, so a
 * Patient alone is refused ({@code enrolment.care-consent-required}) unless its {@code If-None-Exist} names a patient
 * already enrolled (then 200 with that patient: a repeated push changes nothing); enrol with consents in a transaction
 * Bundle ({@link EnrolmentTransaction}). Read ({@link ViewPatient}) and search by {@code identifier}
 * ({@link FindEnrolledPatient}) answer with identity only where the access policy lets the caller see it, otherwise
 * with the pseudonymised Patient ({@link PatientMapping}).
 */
@Dependent
public class PatientResourceProvider implements IResourceProvider {

    private final EnrolPatient enrol;
    private final FindEnrolledPatient find;
    private final ViewPatient view;

    @Inject
    public PatientResourceProvider(EnrolPatient enrol, FindEnrolledPatient find, ViewPatient view) {
        this.enrol = enrol;
        this.find = find;
        this.view = view;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Patient patient, @ConditionalUrlParam String ifNoneExist,
                                RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var site = EnrolmentSite.of(actor, patient);
        var existing = IfNoneExist.identifier(ifNoneExist)
                .flatMap(identifier -> find.handle(new FindEnrolledPatient.Query(actor, site.centre(), identifier)));
        if (existing.isPresent()) {
            return new MethodOutcome(FhirIds.of("Patient", existing.get().value())).setCreated(false);
        }
        var enrolled = enrol.handle(new EnrolPatient.Command(actor, site.centre(), site.enrollingHp(),
                PatientMapping.identifyingData(patient), List.of()));
        return new MethodOutcome(FhirIds.of("Patient", enrolled.patient().value())).setCreated(true);
    }

    @Read
    public Patient read(@IdParam IdType id, RequestDetails request) {
        return PatientMapping.toFhir(view.handle(new ViewPatient.Query(FhirCaller.actor(request),
                FhirIds.patient(id))));
    }

    /** The patient of the caller's centre with this hospital identifier, if the caller handles them. */
    @Search
    public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                      RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var site = EnrolmentSite.of(actor, new Patient());
        return find.handle(new FindEnrolledPatient.Query(actor, site.centre(), new HospitalIdentifier(identifier.getValue())))
                .map(id -> PatientMapping.toFhir(view.handle(new ViewPatient.Query(actor, id)))).stream().toList();
    }
}
