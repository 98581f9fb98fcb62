package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.Conflict;

/** The study is already attached to another panel; a study is attached to at most one. */
public final class StudyAlreadyAttached extends Conflict {

    public static final String CODE = "study.already-attached";

    private static final long serialVersionUID = 1L;

    StudyAlreadyAttached() {
        super(CODE, "the study is already attached to another panel");
    }
}
