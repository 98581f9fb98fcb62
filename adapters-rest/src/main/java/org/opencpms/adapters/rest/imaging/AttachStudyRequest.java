package org.opencpms.adapters.rest.imaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.panel.AttachImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** Attaches the study the archive knows by {@code studyInstanceUid} to the panel, listed in its form as {@code title}. */
public record AttachStudyRequest(@NotBlank @Size(max = 64) String studyInstanceUid,
                                 @NotBlank @Size(max = PanelLimits.LABEL) String title) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code study-uid.invalid} for a malformed UID */
    AttachImagingStudy.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new AttachImagingStudy.Command(actor, panel, expectedVersion,
                new StudyInstanceUid(studyInstanceUid == null ? null : studyInstanceUid.strip()), title);
    }
}
