package org.opencpms.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.accessrequest.AccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.reference.Ern;

/**
 * Access requests kept as restored copies, so that callers never share state with the store and a
 * stale version fails with {@link ConcurrentUpdate}, as in the database (two coordinators cannot
 * both decide a request). Thread-safe.
 */
public final class InMemoryAccessRequests implements AccessRequests {

    private final Map<AccessRequestId, AccessRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized Optional<AccessRequest> find(AccessRequestId id) {
        return Optional.ofNullable(requests.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized void save(AccessRequest request) {
        var stored = requests.get(request.id());
        long version = StoredVersions.next("access-request", request.id(), stored == null ? null : stored.version(), request.version());
        requests.put(request.id(), copy(request, version));
    }

    @Override
    public synchronized List<AccessRequest> pendingFor(Ern ern) {
        return requests.values().stream()
                .filter(r -> r.requested().ern() == ern && r.status() == AccessRequestStatus.PENDING)
                .sorted(Comparator.comparing(AccessRequest::requestedAt).thenComparing(r -> r.id().toString()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    private static AccessRequest copy(AccessRequest r, long version) {
        return AccessRequest.restore(r.id(), r.requester(), r.requested(), r.motivation(), r.requestedAt(),
                r.decision().orElse(null), version);
    }
}
