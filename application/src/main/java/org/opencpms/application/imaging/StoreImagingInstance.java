package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.imaging.ImagingPatientUnknown;
import org.opencpms.domain.imaging.ImagingUploadForbidden;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Someone who works at a centre sends one DICOM instance of a patient of that centre (DICOMweb STOW-RS): it is
 * received exactly as from the centre's PACS ({@link ReceiveImagingInstance}: matched by the hospital patient id,
 * consent checked, de-identified, kept, indexed), for the centre among theirs that enrolled the patient.
 *
 * <p>Invariants: only a health professional or centre assistant of a centre sends ({@code imaging.upload-forbidden});
 * an instance of no patient of their centres is refused ({@code imaging.unknown-patient}) and nothing is kept.
 */
@ApplicationScoped
@Transactional
public class StoreImagingInstance {

    public record Command(Actor uploader, ReceivedInstance instance) {
        public Command {
            Require.present(uploader, "uploader");
            Require.present(instance, "instance");
        }
    }

    private final Patients patients;
    private final AccessPolicy policy;
    private final ReceiveImagingInstance receive;

    @Inject
    public StoreImagingInstance(Patients patients, AccessPolicy policy, ReceiveImagingInstance receive) {
        this.patients = patients;
        this.policy = policy;
        this.receive = receive;
    }

    /**
     * @throws ImagingUploadForbidden {@code imaging.upload-forbidden}
     * @throws ImagingPatientUnknown {@code imaging.unknown-patient}
     * @throws org.opencpms.domain.imaging.ImagingNotConsented {@code imaging.no-consent}
     */
    public ReceiveImagingInstance.Receipt handle(Command cmd) {
        var centres = policy.imagingCentresOf(cmd.uploader());
        if (centres.isEmpty()) {
            throw new ImagingUploadForbidden();
        }
        String patientId = cmd.instance().hospitalPatientId();
        if (patientId == null || patientId.isBlank() || patientId.strip().length() > 64) {
            throw new ImagingPatientUnknown();
        }
        var identifier = new HospitalIdentifier(patientId.strip());
        ProviderId centre = centres.stream().sorted(Comparator.comparing(ProviderId::toString))
                .filter(c -> patients.findByHospitalIdentifier(c, identifier).isPresent())
                .findFirst().orElseThrow(ImagingPatientUnknown::new);
        return receive.handle(new ReceiveImagingInstance.Command(centre, cmd.instance()));
    }
}
