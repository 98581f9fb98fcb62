package org.opencpms.domain.accessrequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.User;

/**
 * A person's request for roles in one ERN at one centre, with their motivation, and the ERN
 * coordinator's decision on it.
 *
 * <p>Invariants:
 * <ul>
 *   <li>anyone signed in may file a request (a newcomer with no grants included); roles held at a
 *       centre are asked for only at a centre that is a member of the ERN; a centre assistant asks to
 *       act only for a health professional of that centre, never for themselves; the motivation is
 *       non-blank, at most {@value #MAX_MOTIVATION_LENGTH} characters;</li>
 *   <li>it is decided once ({@code PENDING -> ACCEPTED | REJECTED}), only by a coordinator of its ERN
 *       who is not the requester; a rejection has a reason;</li>
 *   <li>only an accepted request has {@link #grantsToGive() grants to give}; the use case gives them to
 *       the requesting user, acting as the deciding coordinator.</li>
 * </ul>
 */
public final class AccessRequest {

    static final int MAX_MOTIVATION_LENGTH = 2000;

    private final AccessRequestId id;
    private final UserId requester;
    private final RequestedAccess requested;
    private final String motivation;
    private final Instant requestedAt;
    private AccessDecision decision;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private AccessRequest(AccessRequestId id, UserId requester, RequestedAccess requested, String motivation,
                          Instant requestedAt, AccessDecision decision, long version) {
        this.id = Require.present(id, "access-request-id");
        this.requester = Require.present(requester, "requester");
        this.requested = Require.present(requested, "requested-access");
        this.motivation = Require.text(motivation, "motivation", MAX_MOTIVATION_LENGTH);
        this.requestedAt = Require.present(requestedAt, "requested-at");
        this.decision = decision;
        this.version = version;
    }

    /**
     * Files a request by {@code requester} for access at {@code centre}, the provider named in
     * {@code requested}.
     *
     * @param actingFor for a centre assistant, the user named in {@code requested} to act for, as stored
     *                  now (empty when there is no such user); otherwise empty
     * @throws InvalidAccessRequest {@code access-request.operator}, {@code access-request.other-centre},
     *         {@code access-request.centre-not-in-ern} or {@code access-request.assistant-for-self}
     * @throws org.opencpms.domain.user.ActingForNotHealthProfessional {@code user.acting-for-not-hp} if a
     *         centre assistant asks to act for anyone but a health professional of that centre
     */
    public static AccessRequest file(AccessRequestId id, Actor requester, RequestedAccess requested,
                                     HealthcareProvider centre, Optional<User> actingFor, String motivation,
                                     Instant now) {
        Require.present(requested, "requested-access");
        if (requester.isOperator()) {
            throw InvalidAccessRequest.operator();
        }
        if (!centre.id().equals(requested.centre())) {
            throw InvalidAccessRequest.otherCentre();
        }
        if (requested.wantsCentreRole() && !centre.isMemberOf(requested.ern())) {
            throw InvalidAccessRequest.centreNotInErn(requested.ern());
        }
        if (requester.id().equals(requested.actingFor())) {
            throw InvalidAccessRequest.assistantForSelf();
        }
        requested.grants().forEach(grant -> grant.requireActsForHealthProfessional(actingFor));
        var request = new AccessRequest(id, requester.id(), requested, motivation, now, null, 0);
        request.events.record(new AccessRequested(id, requester.id(), requested.ern(), requested.centre(),
                requested.roles(), now));
        return request;
    }

    /** Rebuilds a request from storage, recording nothing; {@code decision} is null while pending. */
    public static AccessRequest restore(AccessRequestId id, UserId requester, RequestedAccess requested,
                                        String motivation, Instant requestedAt, AccessDecision decision, long version) {
        return new AccessRequest(id, requester, requested, motivation, requestedAt, decision, version);
    }

    /**
     * @throws AccessDecisionForbidden {@code access-request.not-coordinator} or {@code access-request.own-request}
     * @throws AlreadyDecided {@code access-request.already-decided}
     */
    public void accept(Actor by, Instant now) {
        requireMayDecide(by);
        decision = AccessDecision.accepted(by.id(), now);
        events.record(new AccessRequestAccepted(id, requester, requested.ern(), requested.grants(), by.id(), now));
    }

    /**
     * @throws AccessDecisionForbidden {@code access-request.not-coordinator} or {@code access-request.own-request}
     * @throws AlreadyDecided {@code access-request.already-decided}
     */
    public void reject(Actor by, String reason, Instant now) {
        requireMayDecide(by);
        decision = AccessDecision.rejected(by.id(), now, reason);
        events.record(new AccessRequestRejected(id, requester, requested.ern(), by.id(), now));
    }

    private void requireMayDecide(Actor by) {
        if (!by.isCoordinatorOf(requested.ern())) {
            throw AccessDecisionForbidden.notCoordinator(requested.ern());
        }
        if (by.id().equals(requester)) {
            throw AccessDecisionForbidden.ownRequest();
        }
        if (decision != null) {
            throw new AlreadyDecided(id, decision.outcome());
        }
    }

    /** Who may read the request: the one who filed it and the coordinators of the ERN it asks for. */
    public boolean isVisibleTo(Actor actor) {
        return actor.id().equals(requester) || actor.isCoordinatorOf(requested.ern());
    }

    public AccessRequestStatus status() {
        return decision == null ? AccessRequestStatus.PENDING : decision.outcome();
    }

    /** The grants to give the requester: those asked for once accepted, none otherwise. */
    public Set<RoleGrant> grantsToGive() {
        return status() == AccessRequestStatus.ACCEPTED ? requested.grants() : Set.of();
    }

    public AccessRequestId id() {
        return id;
    }

    public UserId requester() {
        return requester;
    }

    public RequestedAccess requested() {
        return requested;
    }

    public String motivation() {
        return motivation;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<AccessDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public long version() {
        return version;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
