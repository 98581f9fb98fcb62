package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.ConsultationFormJson.mapped;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** The lead's answer to a data request, with the documents or studies it adds (optional). */
public record DataAnswerRequest(@NotBlank @Size(max = PanelLimits.TEXT) String text,
                                List<@Valid AttachmentJson> attachments) {

    AnswerDataRequest.Command toCommand(Actor actor, PanelId panel, Long expectedVersion, DataRequestId request) {
        return new AnswerDataRequest.Command(actor, panel, expectedVersion, request, text,
                mapped(attachments, AttachmentJson::toAttachment));
    }
}
