package org.opencpms.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.opencpms.application.consent.ConsentView;
import org.opencpms.application.consent.ListConsents;
import org.opencpms.application.consent.WithdrawConsent;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;

/**
 * The synthetic patients of the training data set ({@link TrainingDataSet}), enrolled by their health professionals
 * (or their assistant) with care and sharing consents, some with registry and research consents.
 */
@ApplicationScoped
@Transactional
public class TrainingPatients {

    private final EnrolPatient enrolPatient;
    private final ListConsents listConsents;
    private final WithdrawConsent withdrawConsent;

    @Inject
    public TrainingPatients(EnrolPatient enrolPatient, ListConsents listConsents, WithdrawConsent withdrawConsent) {
        this.enrolPatient = enrolPatient;
        this.listConsents = listConsents;
        this.withdrawConsent = withdrawConsent;
    }

    /** Enrols the twenty synthetic patients with their consents; one patient then withdraws her sharing consent. */
    public void load(TrainingRun run) {
        var synthetic = TrainingDataSet.PATIENTS;
        for (int i = 0; i < synthetic.size(); i++) {
            var patient = synthetic.get(i);
            var centre = TrainingDataSet.CENTRES.stream().filter(c -> c.key().equals(patient.centre())).findFirst()
                    .orElseThrow();
            var born = run.today().minusYears(patient.age()).minusDays(17L + (29L * i) % 300);
            var national = i % 4 == 1
                    ? new NationalIdentifier(centre.country(), String.format("TRN-NAT-%04d", 1 + i))
                    : null;
            var identity = new IdentifyingData(patient.givenName(), patient.familyName(), born, patient.sex(),
                    new HospitalIdentifier(patient.hospitalIdentifier()), national);
            var form = new ConsentForm("2.0", centre.language());
            var givenOn = run.today().minusDays(7L + 9L * i);
            var consents = new ArrayList<>(List.of(new GivenConsent(ConsentKind.CARE, givenOn, form, null),
                    new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, givenOn, form, null)));
            if (i % 2 == 0) {
                consents.add(new GivenConsent(ConsentKind.REGISTRY_INCLUSION, givenOn, form, null));
            }
            if (i % 3 == 0) {
                consents.add(new GivenConsent(ConsentKind.RESEARCH_CONTACT, givenOn, form, null));
            }
            var enrolled = enrolPatient.handle(new EnrolPatient.Command(run.actor(patient.enrolledBy()),
                    run.centre(patient.centre()), run.person(patient.enrollingHp()), identity, consents));
            run.patient(patient.givenName(), enrolled.patient());
        }
        withdrawSharing(run, "Echo", "The patient no longer wishes her data to be shared with other centres.");
    }

    private void withdrawSharing(TrainingRun run, String givenName, String reason) {
        var hp = run.actor(TrainingDataSet.PATIENTS.stream().filter(p -> p.givenName().equals(givenName)).findFirst()
                .orElseThrow().enrollingHp());
        var sharing = listConsents.handle(new ListConsents.Query(hp, run.patient(givenName))).stream()
                .filter(c -> c.given().kind() == ConsentKind.SHARING_WITHIN_ERN).map(ConsentView::id).findFirst()
                .orElseThrow();
        withdrawConsent.handle(new WithdrawConsent.Command(hp, sharing, null, run.today().minusDays(1), reason));
    }
}
