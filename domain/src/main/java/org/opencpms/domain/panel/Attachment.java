package org.opencpms.domain.panel;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * A reference to a document or to a de-identified imaging study attached to a panel; the content
 * itself lives in the document store or the image archive.
 *
 * <p>Invariants: a document's reference is an opaque storage key; an imaging study's reference is
 * a DICOM UID (dot-separated numbers without leading zeros, at most 64 characters); title and
 * reference are non-blank and at most {@link PanelLimits#LABEL} characters; the media type has the
 * form {@code type/subtype}.
 */
public record Attachment(AttachmentKind kind, String reference, String title, String mediaType) {

    private static final Pattern DICOM_UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");
    private static final int MAX_UID_LENGTH = 64;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*",
            Pattern.CASE_INSENSITIVE);

    public Attachment {
        Require.present(kind, "attachment");
        reference = Require.text(reference, "attachment", PanelLimits.LABEL);
        if (kind == AttachmentKind.IMAGING_STUDY && (reference.length() > MAX_UID_LENGTH || !DICOM_UID.matcher(reference).matches())) {
            throw new InvalidValue("attachment", "an imaging study is referred to by its DICOM UID, not: " + reference);
        }
        title = Require.text(title, "attachment", PanelLimits.LABEL);
        mediaType = Require.text(mediaType, "attachment", PanelLimits.LABEL);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidValue("attachment", "not a media type: " + mediaType);
        }
    }

    public static Attachment document(String storageKey, String title, String mediaType) {
        return new Attachment(AttachmentKind.DOCUMENT, storageKey, title, mediaType);
    }

    public static Attachment imagingStudy(String studyInstanceUid, String title) {
        return new Attachment(AttachmentKind.IMAGING_STUDY, studyInstanceUid, title, "application/dicom");
    }
}
