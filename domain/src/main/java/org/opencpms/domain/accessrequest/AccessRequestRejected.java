package org.opencpms.domain.accessrequest;

import java.time.Instant;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A coordinator rejected an access request (the reason stays on the request). */
public record AccessRequestRejected(AccessRequestId request, UserId requester, Ern ern, UserId decidedBy,
                                    Instant occurredAt) implements DomainEvent {

    public AccessRequestRejected {
        Require.present(request, "access-request");
        Require.present(requester, "requester");
        Require.present(ern, "ern");
        Require.present(decidedBy, "decided-by");
        Require.present(occurredAt, "occurred-at");
    }
}
