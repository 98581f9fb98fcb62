package org.opencpms.application.panel;

import org.opencpms.domain.shared.Conflict;

/** An imaging study is attached to one panel at most, once. */
public final class StudyAlreadyAttached extends Conflict {

    public static final String CODE = "study.already-attached";

    private static final long serialVersionUID = 1L;

    StudyAlreadyAttached() {
        super(CODE, "the study is already attached to a panel");
    }
}
