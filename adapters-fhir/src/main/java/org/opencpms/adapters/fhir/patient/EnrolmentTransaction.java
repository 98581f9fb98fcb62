package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.opencpms.adapters.fhir.consent.ConsentMapping;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.FindEnrolledPatient;

/**
 * Enrolment with consent over FHIR: a transaction Bundle of one Patient and its Consents ({@link EnrolmentBundle})
 * is one {@link EnrolPatient}, all or nothing (no care consent: {@code enrolment.care-consent-required}, nothing
 * stored). With {@code ifNoneExist} on the Patient entry, a patient already enrolled makes the whole Bundle change
 * nothing: every entry answers {@code 200 OK}, the Patient's with its location, so a repeated push is idempotent
 * (new consents for an enrolled patient are a {@code POST Consent}).
 */
@Dependent
public class EnrolmentTransaction {

    private final EnrolPatient enrol;
    private final FindEnrolledPatient find;

    @Inject
    public EnrolmentTransaction(EnrolPatient enrol, FindEnrolledPatient find) {
        this.enrol = enrol;
        this.find = find;
    }

    public Bundle transaction(Bundle bundle, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var enrolment = EnrolmentBundle.of(bundle);
        var site = EnrolmentSite.of(actor, enrolment.patient());
        var existing = IfNoneExist.identifier(enrolment.ifNoneExist())
                .flatMap(identifier -> find.handle(new FindEnrolledPatient.Query(actor, site.centre(), identifier)));
        if (existing.isPresent()) {
            return answer(bundle, enrolment, "200 OK", "Patient/" + existing.get().value(), consent -> null);
        }
        var enrolled = enrol.handle(new EnrolPatient.Command(actor, site.centre(), site.enrollingHp(),
                PatientMapping.identifyingData(enrolment.patient()),
                enrolment.consents().stream().map(ConsentMapping::given).toList()));
        return answer(bundle, enrolment, "201 Created", "Patient/" + enrolled.patient().value(),
                entry -> "Consent/" + enrolled.consents().get(enrolment.consentEntries().indexOf(entry)).value());
    }

    /** The transaction-response: one entry per request entry, in their order. */
    private static Bundle answer(Bundle request, EnrolmentBundle enrolment, String status, String patientLocation,
                                 Function<BundleEntryComponent, String> consentLocation) {
        var response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (var entry : request.getEntry()) {
            var location = entry == enrolment.patientEntry() ? patientLocation : consentLocation.apply(entry);
            response.addEntry().getResponse().setStatus(status).setLocation(location);
        }
        return response;
    }
}
