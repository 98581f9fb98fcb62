package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.ImagingNotConsented;
import org.opencpms.domain.imaging.ImagingPatientUnknown;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/**
 * A hospital sends one DICOM instance for a patient its centre enrolled: it is matched to the patient by the
 * hospital patient id, de-identified, kept, and indexed.
 *
 * <p>Invariants: nothing is kept for an unknown patient ({@code imaging.unknown-patient}) or a patient whose
 * consents in force do not allow panels, care and sharing within the ERN ({@code imaging.no-consent}); the
 * instance is de-identified before any byte is written; an instance the {@link BurnedInTextRule} picks is put in
 * quarantine and counts for no study a panel sees; the file is durable before the index records it (a failed
 * transaction may leave an unreferenced file in the content-addressed store, never a referenced missing one).
 */
@ApplicationScoped
@Transactional
public class ReceiveImagingInstance {

    /** @param centre the centre of the sender, known from its AE title or its token */
    public record Command(ProviderId centre, ReceivedInstance instance) {
        public Command {
            Require.present(centre, "centre");
            Require.present(instance, "instance");
        }
    }

    /** What was kept: pseudonymous UIDs only. */
    public record Receipt(StudyInstanceUid study, SopInstanceUid instance, boolean quarantined) {
    }

    private final Patients patients;
    private final Consents consents;
    private final InstanceFiles files;
    private final ImagingInstances instances;
    private final StudyIndex studies;
    private final BurnedInTextRule burnedInText;
    private final Clock clock;

    @Inject
    public ReceiveImagingInstance(Patients patients, Consents consents, InstanceFiles files, ImagingInstances instances,
                                  ImageArchive archive, BurnedInTextRule burnedInText, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.files = files;
        this.instances = instances;
        this.studies = new StudyIndex(archive, instances);
        this.burnedInText = burnedInText;
        this.clock = clock;
    }

    /**
     * @throws ImagingPatientUnknown {@code imaging.unknown-patient}, also for an instance without a patient id
     * @throws ImagingNotConsented {@code imaging.no-consent}
     */
    public Receipt handle(Command cmd) {
        var now = clock.instant();
        Patient patient = patientOf(cmd.centre(), cmd.instance().hospitalPatientId());
        if (!PatientConsents.of(patient.id(), consents.ofPatient(patient.id()), now).allowPanels()) {
            throw new ImagingNotConsented();
        }
        var shelf = burnedInText.quarantines(cmd.instance().burnedInText()) ? Shelf.QUARANTINE : Shelf.ARCHIVE;
        var deidentified = cmd.instance().deidentify(patient.pseudonym());
        var file = files.write(deidentified.content(), shelf);
        var instance = new ImagingInstance(deidentified.uid(), deidentified.sopClassUid(), deidentified.series(),
                deidentified.study(), patient.id(), deidentified.modality(), file, shelf, now);
        instances.save(instance);
        studies.count(instance);
        return new Receipt(instance.study(), instance.uid(), instance.quarantined());
    }

    private Patient patientOf(ProviderId centre, String hospitalPatientId) {
        if (hospitalPatientId == null || hospitalPatientId.isBlank() || hospitalPatientId.strip().length() > 64) {
            throw new ImagingPatientUnknown();
        }
        return patients.findByHospitalIdentifier(centre, new HospitalIdentifier(hospitalPatientId))
                .orElseThrow(ImagingPatientUnknown::new);
    }
}
