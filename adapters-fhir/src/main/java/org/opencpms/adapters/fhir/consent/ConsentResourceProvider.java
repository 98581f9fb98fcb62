package org.opencpms.adapters.fhir.consent;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.application.consent.ListConsents;
import org.opencpms.application.consent.RecordConsent;
import org.opencpms.application.consent.WithdrawConsent;
import org.opencpms.domain.shared.InvalidValue;

/**
 * Consent of an enrolled patient ({@link ConsentMapping} says how the four kinds are coded): create records a consent
 * given ({@link RecordConsent}); update to {@code inactive} or {@code rejected} records its withdrawal
 * ({@link WithdrawConsent}; {@code If-Match} with the version read makes a concurrent change a 412); search by
 * {@code patient} lists them all, withdrawn ones included ({@link ListConsents}). Who may is the domain's decision:
 * the enrolling health professional and their assistant. A consent never enrols anybody: enrol with the care consent
 * in a transaction Bundle.
 */
@Dependent
public class ConsentResourceProvider implements IResourceProvider {

    private final RecordConsent record;
    private final WithdrawConsent withdraw;
    private final ListConsents list;

    @Inject
    public ConsentResourceProvider(RecordConsent record, WithdrawConsent withdraw, ListConsents list) {
        this.record = record;
        this.withdraw = withdraw;
        this.list = list;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Consent consent, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var id = record.handle(new RecordConsent.Command(actor,
                FhirIds.patient(consent.getPatient().getReferenceElement()), ConsentMapping.given(consent)));
        return new MethodOutcome(FhirIds.of("Consent", id.value())).setCreated(true);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Consent consent, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        if (!ConsentMapping.withdraws(consent)) {
            throw new InvalidValue("consent-status", "an update of a consent is its withdrawal: status inactive or"
                    + " rejected");
        }
        var expected = FhirIds.expectedVersion(id);
        withdraw.handle(new WithdrawConsent.Command(actor, FhirIds.consent(id), expected, null,
                ConsentMapping.withdrawalReason(consent)));
        return new MethodOutcome(id.toUnqualifiedVersionless());
    }

    @Search
    public List<Consent> byPatient(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient,
                                   RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var id = FhirIds.patient(new IdType("Patient", patient.getIdPart()));
        return list.handle(new ListConsents.Query(actor, id)).stream()
                .map(view -> ConsentMapping.toFhir(view, id)).toList();
    }
}
