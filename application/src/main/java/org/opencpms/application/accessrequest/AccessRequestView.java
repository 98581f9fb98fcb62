package org.opencpms.application.accessrequest;

import java.util.Optional;
import org.opencpms.domain.accessrequest.AccessDecision;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.shared.Require;

/** One access request as its requester and the ERN's coordinators read it: as filed, where it stands, the decision. */
public record AccessRequestView(PendingAccessRequest request, AccessRequestStatus status,
                                Optional<AccessDecision> decision) {

    public AccessRequestView {
        Require.present(request, "access-request");
        Require.present(status, "status");
        decision = decision == null ? Optional.empty() : decision;
    }
}
