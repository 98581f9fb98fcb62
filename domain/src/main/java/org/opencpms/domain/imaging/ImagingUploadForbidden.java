package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.Forbidden;

/** Only someone who works at a centre (a health professional or a centre assistant) sends images for its patients. */
public final class ImagingUploadForbidden extends Forbidden {

    public static final String CODE = "imaging.upload-forbidden";

    private static final long serialVersionUID = 1L;

    public ImagingUploadForbidden() {
        super(CODE, "only a health professional or centre assistant of a centre sends images for its patients");
    }
}
