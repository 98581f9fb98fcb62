package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import org.opencpms.adapters.fhir.consent.ConsentMapping;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.FindEnrolledPatient;

/**
 * Enrolment with consent inside a transaction Bundle: a Patient and the Consents naming it ({@link EnrolmentBundle})
 * are one {@link EnrolPatient}, all or nothing (no care consent: {@code enrolment.care-consent-required}, nothing
 * stored). With {@code ifNoneExist} on the Patient entry, a patient already enrolled makes the enrolment change
 * nothing: its entries answer {@code 200 OK}, the Patient's with its location, so a repeated push is idempotent
 * (new consents for an enrolled patient are a {@code POST Consent}).
 */
@Dependent
public class EnrolmentTransaction {

    /** The answer to each entry: the status, the Patient's location, each Consent's (null when nothing was stored). */
    public record Enrolled(String status, String patientLocation, List<String> consentLocations) {
    }

    private final EnrolPatient enrol;
    private final FindEnrolledPatient find;

    @Inject
    public EnrolmentTransaction(EnrolPatient enrol, FindEnrolledPatient find) {
        this.enrol = enrol;
        this.find = find;
    }

    public Enrolled enrol(EnrolmentBundle enrolment, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        enrolment.requirePosts();
        var site = EnrolmentSite.of(actor, enrolment.patient());
        var existing = IfNoneExist.identifier(enrolment.ifNoneExist())
                .flatMap(identifier -> find.handle(new FindEnrolledPatient.Query(actor, site.centre(), identifier)));
        if (existing.isPresent()) {
            return new Enrolled("200 OK", "Patient/" + existing.get().value(),
                    Collections.nCopies(enrolment.consentEntries().size(), null));
        }
        var enrolled = enrol.handle(new EnrolPatient.Command(actor, site.centre(), site.enrollingHp(),
                PatientMapping.identifyingData(enrolment.patient()),
                enrolment.consents().stream().map(ConsentMapping::given).toList()));
        return new Enrolled("201 Created", "Patient/" + enrolled.patient().value(),
                enrolled.consents().stream().map(id -> "Consent/" + id.value()).toList());
    }
}
