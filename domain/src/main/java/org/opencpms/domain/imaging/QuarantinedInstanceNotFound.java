package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.NotFound;

/** No instance in quarantine has this UID, or none the actor may release: the same answer for both. */
public final class QuarantinedInstanceNotFound extends NotFound {

    public static final String CODE = "imaging.quarantined-instance-not-found";

    private static final long serialVersionUID = 1L;

    public QuarantinedInstanceNotFound(SopInstanceUid uid) {
        super(CODE, "no instance in quarantine " + uid.value());
    }
}
