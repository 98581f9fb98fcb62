package org.opencpms.adapters.persistence.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.accessrequest.AccessDecision;
import org.opencpms.domain.accessrequest.AccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestNotFound;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/** What every {@link AccessRequests} does, whatever stores it. */
abstract class AccessRequestsContract {

    private static final Instant FILED = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final Instant DECIDED = Instant.parse("2025-03-02T08:00:00.000001Z");

    protected abstract AccessRequests requests();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static AccessRequest pending(AccessRequestId id, Ern ern, Instant requestedAt) {
        return AccessRequest.restore(id, UserId.random(), new RequestedAccess(ern, ProviderId.random(),
                Set.of(Role.HEALTH_PROFESSIONAL), null), "I treat children with rare kidney diseases.", requestedAt, null, 0);
    }

    private AccessRequest saved(Ern ern, Instant requestedAt) {
        return saved(AccessRequestId.random(), ern, requestedAt);
    }

    private AccessRequest saved(AccessRequestId id, Ern ern, Instant requestedAt) {
        var request = pending(id, ern, requestedAt);
        inTransaction(() -> requests().save(request));
        return request;
    }

    private static Actor coordinatorOf(Ern ern) {
        return Actor.of(UserId.random(), RoleGrant.coordinator(ern, ProviderId.random()));
    }

    @Test
    void a_saved_pending_request_is_found_with_every_field_and_version_zero() {
        var hp = UserId.random();
        var requested = new RequestedAccess(Ern.ERKNET, ProviderId.random(),
                Set.of(Role.CENTRE_ASSISTANT, Role.RESEARCHER, Role.PANEL_MANAGER), hp);
        var request = AccessRequest.restore(AccessRequestId.random(), UserId.random(), requested,
                "Assisting Dr Jansen; also « research », 100 % motivated.", FILED, null, 0);
        inTransaction(() -> requests().save(request));

        var found = read(() -> requests().get(request.id()));
        assertThat(found.id()).isEqualTo(request.id());
        assertThat(found.requester()).isEqualTo(request.requester());
        assertThat(found.requested()).isEqualTo(requested);
        assertThat(found.motivation()).isEqualTo("Assisting Dr Jansen; also « research », 100 % motivated.");
        assertThat(found.requestedAt()).isEqualTo(FILED);
        assertThat(found.status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(found.decision()).isEmpty();
        assertThat(found.version()).isZero();
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void an_acceptance_is_stored_with_who_and_when_and_increments_the_version() {
        var request = saved(Ern.BOND, FILED);
        var coordinator = coordinatorOf(Ern.BOND);
        var found = read(() -> requests().get(request.id()));
        found.accept(coordinator, DECIDED);
        inTransaction(() -> requests().save(found));

        var accepted = read(() -> requests().get(request.id()));
        assertThat(accepted.version()).isEqualTo(1);
        assertThat(accepted.status()).isEqualTo(AccessRequestStatus.ACCEPTED);
        assertThat(accepted.decision()).contains(AccessDecision.accepted(coordinator.id(), DECIDED));
        assertThat(accepted.grantsToGive()).isEqualTo(request.requested().grants());
    }

    @Test
    void a_rejection_is_stored_with_its_reason() {
        var request = saved(Ern.CRANIO, FILED);
        var coordinator = coordinatorOf(Ern.CRANIO);
        var found = read(() -> requests().get(request.id()));
        found.reject(coordinator, "Not a member centre of our network.", DECIDED);
        inTransaction(() -> requests().save(found));

        var rejected = read(() -> requests().get(request.id()));
        assertThat(rejected.status()).isEqualTo(AccessRequestStatus.REJECTED);
        assertThat(rejected.decision()).contains(AccessDecision.rejected(coordinator.id(), DECIDED,
                "Not a member centre of our network."));

        inTransaction(() -> requests().save(rejected));
        assertThat(read(() -> requests().get(request.id())).version()).isEqualTo(2);
    }

    @Test
    void two_coordinators_cannot_both_decide_a_request() {
        var request = saved(Ern.EYE, FILED);
        var mine = read(() -> requests().get(request.id()));
        var theirs = read(() -> requests().get(request.id()));
        theirs.accept(coordinatorOf(Ern.EYE), DECIDED);
        inTransaction(() -> requests().save(theirs));

        mine.reject(coordinatorOf(Ern.EYE), "No.", DECIDED);
        assertThatThrownBy(() -> inTransaction(() -> requests().save(mine)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.concurrent-update");

        var stored = read(() -> requests().get(request.id()));
        assertThat(stored.status()).isEqualTo(AccessRequestStatus.ACCEPTED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_request_found_is_a_copy_that_changes_nothing_until_saved() {
        var request = saved(Ern.LUNG, FILED);
        read(() -> requests().get(request.id())).accept(coordinatorOf(Ern.LUNG), DECIDED);
        request.reject(coordinatorOf(Ern.LUNG), "No.", DECIDED);

        assertThat(read(() -> requests().get(request.id())).status()).isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void an_unknown_request_is_not_found() {
        var id = AccessRequestId.random();
        assertThat(read(() -> requests().find(id))).isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> requests().get(id)))
                .isInstanceOf(AccessRequestNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-found");
    }

    @Test
    void the_pending_requests_of_an_ern_come_oldest_first_ties_by_id_as_text() {
        var ern = Ern.TRANSPLANT_CHILD;
        var newest = saved(ern, FILED.plusSeconds(60));
        var tieHigh = saved(AccessRequestId.of("90000000-0000-4000-8000-000000000000"), ern, FILED);
        var tieLow = saved(AccessRequestId.of("10000000-0000-4000-8000-000000000000"), ern, FILED);
        var oldest = saved(ern, FILED.minusNanos(1000));
        saved(Ern.EYE, FILED.minusSeconds(3600));

        assertThat(read(() -> requests().pendingFor(ern))).extracting(AccessRequest::id)
                .containsExactly(oldest.id(), tieLow.id(), tieHigh.id(), newest.id());
    }

    @Test
    void decided_requests_are_no_longer_pending() {
        var ern = Ern.GENTURIS;
        var accepted = saved(ern, FILED);
        var rejected = saved(ern, FILED.plusSeconds(1));
        var waiting = saved(ern, FILED.plusSeconds(2));
        var toAccept = read(() -> requests().get(accepted.id()));
        toAccept.accept(coordinatorOf(ern), DECIDED);
        var toReject = read(() -> requests().get(rejected.id()));
        toReject.reject(coordinatorOf(ern), "No.", DECIDED);
        inTransaction(() -> {
            requests().save(toAccept);
            requests().save(toReject);
        });

        var pending = read(() -> requests().pendingFor(ern));
        assertThat(pending).extracting(AccessRequest::id).containsExactly(waiting.id());
        assertThat(pending.get(0).version()).isZero();
    }

    @Test
    void an_ern_without_pending_requests_has_an_empty_list() {
        assertThat(read(() -> requests().pendingFor(Ern.ENDO_ERN))).isEmpty();
    }
}
