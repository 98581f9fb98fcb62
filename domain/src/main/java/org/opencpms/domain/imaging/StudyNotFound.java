package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.NotFound;

/** The image archive knows no study with this UID. */
public final class StudyNotFound extends NotFound {

    public static final String CODE = "study.not-found";

    private static final long serialVersionUID = 1L;

    public StudyNotFound(StudyInstanceUid uid) {
        super(CODE, "no imaging study " + uid.value());
    }
}
