package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.application.patient.CorrectIdentifyingData;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.FindEnrolledPatient;
import org.opencpms.application.patient.FindPatients;
import org.opencpms.application.patient.ViewPatient;

/**
 * Patient: create is an enrolment at the caller's centre ({@link EnrolPatient}), which needs the care consent, so a
 * Patient alone is refused ({@code enrolment.care-consent-required}) unless its {@code If-None-Exist} names a patient
 * already enrolled (then 200 with that patient: a repeated push changes nothing); enrol with consents in a transaction
 * Bundle ({@link EnrolmentTransaction}). Read ({@link ViewPatient}) answers with identity only where the access policy
 * lets the caller see it, otherwise with the pseudonymised Patient ({@link PatientMapping}), its version as
 * {@code meta.versionId} and ETag; the PDQm search finds only patients the caller sees with identity. Update is a
 * correction of the identifying data ({@link CorrectIdentifyingData}: the enrolling HP or their assistant), checked
 * against the version of {@code If-Match} when one is sent.
 */
@Dependent
public class PatientResourceProvider implements IResourceProvider {

    private final EnrolPatient enrol;
    private final FindEnrolledPatient find;
    private final ViewPatient view;
    private final FindPatients findPatients;
    private final CorrectIdentifyingData correct;

    @Inject
    public PatientResourceProvider(EnrolPatient enrol, FindEnrolledPatient find, ViewPatient view,
                                   FindPatients findPatients, CorrectIdentifyingData correct) {
        this.enrol = enrol;
        this.correct = correct;
        this.find = find;
        this.view = view;
        this.findPatients = findPatients;
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

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Patient patient, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var patientId = FhirIds.patient(id);
        var version = correct.handle(new CorrectIdentifyingData.Command(actor, patientId,
                FhirIds.expectedVersion(id), PatientMapping.identifyingData(patient)));
        return new MethodOutcome(new IdType("Patient", patientId.value().toString(), String.valueOf(version)))
                .setCreated(false);
    }

    /**
     * PDQm (ITI-78): the patients whose identity the caller sees, at every centre whose patients they may list (a
     * machine client's: its own), matching every parameter given ({@link FindPatients}); {@code _count} up to 500,
     * 50 by default.
     */
    @Search
    public List<Patient> search(@OptionalParam(name = Patient.SP_FAMILY) StringParam family,
                                @OptionalParam(name = Patient.SP_GIVEN) StringParam given,
                                @OptionalParam(name = Patient.SP_BIRTHDATE) DateParam birthDate,
                                @OptionalParam(name = Patient.SP_GENDER) TokenParam gender,
                                @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                @Count Integer count, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var criteria = PdqmCriteria.of(family, given, birthDate, gender, identifier);
        return findPatients.handle(new FindPatients.Query(actor, null, criteria, count == null ? 50 : count)).stream()
                .map(PatientMapping::toFhir).toList();
    }
}
