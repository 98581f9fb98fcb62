package org.opencpms.domain.accessrequest;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.reference.Ern;

/**
 * Port: the access requests filed. Never returns null; saving a request whose version is stale
 * fails with a {@code Conflict} (so two coordinators cannot both decide it).
 */
public interface AccessRequests {

    Optional<AccessRequest> find(AccessRequestId id);

    /** @throws AccessRequestNotFound {@code access-request.not-found} */
    default AccessRequest get(AccessRequestId id) {
        return find(id).orElseThrow(() -> new AccessRequestNotFound(id));
    }

    void save(AccessRequest request);

    /** The requests for the ERN still waiting for a decision, oldest first. */
    List<AccessRequest> pendingFor(Ern ern);
}
