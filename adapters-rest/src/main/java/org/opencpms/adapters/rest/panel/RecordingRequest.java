package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.panel.AttachMeetingRecording;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** The storage key under which a meeting's recording is kept. */
public record RecordingRequest(@NotBlank @Size(max = PanelLimits.LABEL) String storageKey) {

    AttachMeetingRecording.Command toCommand(Actor actor, PanelId panel, Long expectedVersion, MeetingId meeting) {
        return new AttachMeetingRecording.Command(actor, panel, expectedVersion, meeting, storageKey);
    }
}
