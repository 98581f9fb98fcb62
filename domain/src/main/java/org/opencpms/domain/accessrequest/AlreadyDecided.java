package org.opencpms.domain.accessrequest;

import java.util.Locale;
import org.opencpms.domain.shared.Conflict;

/** An access request is decided once. */
public final class AlreadyDecided extends Conflict {

    public static final String CODE = "access-request.already-decided";

    private static final long serialVersionUID = 1L;

    AlreadyDecided(AccessRequestId id, AccessRequestStatus status) {
        super(CODE, "access request " + id + " is already " + status.name().toLowerCase(Locale.ROOT));
    }
}
