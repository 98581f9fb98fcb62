package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.PanelLimits;

/**
 * A document or de-identified imaging study attached to a panel: {@code kind} is {@code DOCUMENT} (the reference is
 * the document store's key) or {@code IMAGING_STUDY} (the reference is the study instance UID).
 */
public record AttachmentJson(@NotBlank @Schema(implementation = AttachmentKind.class, required = true) String kind,
                             @NotBlank @Size(max = PanelLimits.LABEL) String reference,
                             @NotBlank @Size(max = PanelLimits.LABEL) String title,
                             @NotBlank @Size(max = PanelLimits.LABEL) String mediaType) {

    static AttachmentJson of(Attachment attachment) {
        return new AttachmentJson(attachment.kind().name(), attachment.reference(), attachment.title(),
                attachment.mediaType());
    }

    /** @throws org.opencpms.domain.shared.InvalidValue {@code attachment-kind.invalid}, {@code attachment.invalid} */
    Attachment toAttachment() {
        return new Attachment(WireValues.enumValue(AttachmentKind.class, kind, "attachment-kind"), reference, title,
                mediaType);
    }
}
