package org.opencpms.adapters.rest.imaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.imaging.ReleaseQuarantinedInstance;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/** Which instance of the patient to release from quarantine: its (pseudonymous) SOP instance UID. */
public record ReleaseRequest(@NotBlank @Size(max = 64) String sopInstanceUid) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code sop-instance-uid.invalid} for a malformed UID */
    ReleaseQuarantinedInstance.Command toCommand(Actor actor, PatientId patient) {
        return new ReleaseQuarantinedInstance.Command(actor, patient,
                new SopInstanceUid(sopInstanceUid == null ? null : sopInstanceUid.strip()));
    }
}
