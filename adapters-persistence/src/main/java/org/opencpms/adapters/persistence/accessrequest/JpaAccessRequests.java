package org.opencpms.adapters.persistence.accessrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.accessrequest.AccessDecision;
import org.opencpms.domain.accessrequest.AccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;

/**
 * The access requests in {@code access_request}, one row per request: what was asked (the roles as
 * their enum names, comma-separated in enum order), the motivation, and the decision in nullable
 * columns, with the status stored for the query of pending requests. Instants are stored as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC, to the microsecond.
 *
 * <p>Invariants: entity version = domain version + 1; every save of a known request increments the
 * version by exactly one and fails with {@code ConcurrentUpdate} ({@code access-request.concurrent-update})
 * on a stale version, so of two coordinators deciding the same request only the first succeeds.
 * {@link #pendingFor} lists the ERN's pending requests oldest first, ties by id as text.
 */
@ApplicationScoped
public class JpaAccessRequests implements AccessRequests {

    static final String AGGREGATE = "access-request";

    private final EntityManager em;

    @Inject
    public JpaAccessRequests(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AccessRequest> find(AccessRequestId id) {
        return Optional.ofNullable(em.find(AccessRequestEntity.class, id.value())).map(JpaAccessRequests::toDomain);
    }

    @Override
    public void save(AccessRequest request) {
        var entity = em.find(AccessRequestEntity.class, request.id().value());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, request.id(), request.version());
            entity = new AccessRequestEntity(request.id().value());
            copy(request, entity);
            em.persist(entity);
        } else {
            Stores.checkVersion(AGGREGATE, request.id(), entity.version, request.version());
            copy(request, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, request.id());
    }

    @Override
    public List<AccessRequest> pendingFor(Ern ern) {
        return em.createQuery("SELECT r FROM AccessRequestEntity r WHERE r.ern = :ern AND r.status = :status"
                        + " ORDER BY r.requestedAt, r.id", AccessRequestEntity.class)
                .setParameter("ern", ern)
                .setParameter("status", AccessRequestStatus.PENDING)
                .getResultList().stream().map(JpaAccessRequests::toDomain).toList();
    }

    private static void copy(AccessRequest request, AccessRequestEntity entity) {
        var requested = request.requested();
        entity.requester = request.requester().value();
        entity.ern = requested.ern();
        entity.centre = requested.centre().value();
        entity.roles = requested.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
        entity.actingFor = requested.assistantFor().map(UserId::value).orElse(null);
        entity.motivation = request.motivation();
        entity.requestedAt = request.requestedAt().atOffset(ZoneOffset.UTC);
        entity.status = request.status();
        var decision = request.decision();
        entity.decidedBy = decision.map(d -> d.decidedBy().value()).orElse(null);
        entity.decidedAt = decision.map(d -> d.decidedAt().atOffset(ZoneOffset.UTC)).orElse(null);
        entity.rejectionReason = decision.flatMap(AccessDecision::rejectionReason).orElse(null);
    }

    private static AccessRequest toDomain(AccessRequestEntity entity) {
        var requested = new RequestedAccess(entity.ern, new ProviderId(entity.centre),
                Arrays.stream(entity.roles.split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                entity.actingFor == null ? null : new UserId(entity.actingFor));
        var decision = entity.status == AccessRequestStatus.PENDING ? null
                : new AccessDecision(entity.status, new UserId(entity.decidedBy), entity.decidedAt.toInstant(),
                        entity.rejectionReason);
        return AccessRequest.restore(new AccessRequestId(entity.id), new UserId(entity.requester), requested,
                entity.motivation, entity.requestedAt.toInstant(), decision, Stores.domainVersion(entity.version));
    }
}
