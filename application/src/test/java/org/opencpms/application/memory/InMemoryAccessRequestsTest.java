package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.accessrequest.AccessDecision;
import org.opencpms.domain.accessrequest.AccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

class InMemoryAccessRequestsTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final InMemoryAccessRequests requests = new InMemoryAccessRequests();

    private AccessRequest saved(Ern ern, Instant at, AccessDecision decision) {
        var request = AccessRequest.restore(AccessRequestId.random(), UserId.random(),
                new RequestedAccess(ern, CENTRE, Set.of(Role.HEALTH_PROFESSIONAL), null), "I treat kidneys", at,
                decision, 0);
        requests.save(request);
        return request;
    }

    @Test
    void a_saved_request_is_found_with_its_decision() {
        var decision = AccessDecision.rejected(UserId.random(), T0.plusSeconds(60), "unknown person");
        var request = saved(Ern.ERKNET, T0, decision);

        var found = requests.get(request.id());
        assertThat(found.requester()).isEqualTo(request.requester());
        assertThat(found.requested()).isEqualTo(request.requested());
        assertThat(found.motivation()).isEqualTo("I treat kidneys");
        assertThat(found.requestedAt()).isEqualTo(T0);
        assertThat(found.decision()).contains(decision);
        assertThat(requests.find(AccessRequestId.random())).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        var request = saved(Ern.ERKNET, T0, null);
        requests.get(request.id()).accept(Actor.of(UserId.random(), RoleGrant.coordinator(Ern.ERKNET, CENTRE)), T0);

        assertThat(requests.get(request.id()).status()).isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void a_stale_copy_is_refused() {
        var request = saved(Ern.ERKNET, T0, null);
        var first = requests.get(request.id());
        var second = requests.get(request.id());
        requests.save(first);

        assertThat(requests.get(request.id()).version()).isEqualTo(1);
        assertThatThrownBy(() -> requests.save(second))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.concurrent-update");
    }

    @Test
    void pending_requests_of_an_ern_come_oldest_first() {
        var later = saved(Ern.ERKNET, T0.plusSeconds(10), null);
        var earlier = saved(Ern.ERKNET, T0, null);
        saved(Ern.RND, T0, null);
        saved(Ern.ERKNET, T0, AccessDecision.accepted(UserId.random(), T0));

        assertThat(requests.pendingFor(Ern.ERKNET)).extracting(AccessRequest::id)
                .containsExactly(earlier.id(), later.id());
    }
}
