package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.Conflict;

/** Only an instance in quarantine is released from it. */
public final class InstanceNotQuarantined extends Conflict {

    public static final String CODE = "imaging.not-quarantined";

    private static final long serialVersionUID = 1L;

    InstanceNotQuarantined() {
        super(CODE, "the instance is not in quarantine");
    }
}
