package org.opencpms.domain.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.ActingForNotHealthProfessional;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;

class AccessRequestTest {

    private static final Instant FILED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-02T09:00:00Z");
    private static final AccessRequestId ID = AccessRequestId.random();
    private static final HealthcareProvider CENTRE = HealthcareProvider.restore(ProviderId.random(), "Charité",
            Country.of("DE"), Map.of(Ern.EYE, MembershipType.AFFILIATED_PARTNER), 1);
    private static final Actor NEWCOMER = Actor.of(UserId.random());
    private static final Actor EYE_COORDINATOR = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.EYE, ProviderId.random()));
    private static final RequestedAccess HP_IN_EYE = new RequestedAccess(Ern.EYE, CENTRE.id(), Set.of(Role.HEALTH_PROFESSIONAL), null);

    private static final Optional<User> NOBODY = Optional.empty();

    private static User userWith(RoleGrant grant) {
        return User.restore(UserId.random(), new Subject("https://ecas.ec.europa.eu", "n00colleague"), "Colleague",
                EmailAddress.of("colleague@charite.de"), Country.of("DE"), Set.of(grant), Map.of(), 1);
    }

    private static AccessRequest filed() {
        var request = AccessRequest.file(ID, NEWCOMER, HP_IN_EYE, CENTRE, NOBODY, "I treat retinal dystrophies", FILED);
        request.pullEvents();
        return request;
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void a_newcomer_files_a_pending_request() {
        var request = AccessRequest.file(ID, NEWCOMER, HP_IN_EYE, CENTRE, NOBODY, " I treat retinal dystrophies ", FILED);

        assertThat(request.id()).isEqualTo(ID);
        assertThat(request.requester()).isEqualTo(NEWCOMER.id());
        assertThat(request.requested()).isEqualTo(HP_IN_EYE);
        assertThat(request.motivation()).isEqualTo("I treat retinal dystrophies");
        assertThat(request.requestedAt()).isEqualTo(FILED);
        assertThat(request.status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(request.decision()).isEmpty();
        assertThat(request.grantsToGive()).isEmpty();
        assertThat(request.version()).isZero();
        assertThat(request.pullEvents()).containsExactly(new AccessRequested(ID, NEWCOMER.id(), Ern.EYE, CENTRE.id(),
                Set.of(Role.HEALTH_PROFESSIONAL), FILED));
    }

    @Test
    void a_motivation_is_not_blank_and_at_most_2000_characters() {
        assertThat(AccessRequest.file(ID, NEWCOMER, HP_IN_EYE, CENTRE, NOBODY, "m".repeat(2000), FILED).motivation()).hasSize(2000);
        assertThat(codeOf(() -> AccessRequest.file(ID, NEWCOMER, HP_IN_EYE, CENTRE, NOBODY, "m".repeat(2001), FILED)))
                .isEqualTo("motivation.invalid");
        assertThat(codeOf(() -> AccessRequest.file(ID, NEWCOMER, HP_IN_EYE, CENTRE, NOBODY, " ", FILED))).isEqualTo("motivation.invalid");
    }

    @Test
    void roles_at_a_centre_are_asked_for_only_at_a_member_centre_of_the_ern() {
        var wanted = new RequestedAccess(Ern.RND, CENTRE.id(), Set.of(Role.RESEARCHER, Role.DISPATCHER), null);

        assertThatThrownBy(() -> AccessRequest.file(ID, NEWCOMER, wanted, CENTRE, NOBODY, "m", FILED))
                .isInstanceOf(InvalidAccessRequest.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.centre-not-in-ern");
    }

    @Test
    void a_researcher_may_ask_from_a_centre_outside_the_ern() {
        var wanted = new RequestedAccess(Ern.RND, CENTRE.id(), Set.of(Role.RESEARCHER), null);

        assertThat(AccessRequest.file(ID, NEWCOMER, wanted, CENTRE, NOBODY, "m", FILED).status()).isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void the_centre_given_is_the_centre_requested() {
        var elsewhere = new RequestedAccess(Ern.EYE, ProviderId.random(), Set.of(Role.RESEARCHER), null);

        assertThat(codeOf(() -> AccessRequest.file(ID, NEWCOMER, elsewhere, CENTRE, NOBODY, "m", FILED)))
                .isEqualTo("access-request.other-centre");
    }

    @Test
    void nobody_asks_to_be_their_own_assistant() {
        var forSelf = new RequestedAccess(Ern.EYE, CENTRE.id(), Set.of(Role.CENTRE_ASSISTANT), NEWCOMER.id());

        assertThat(codeOf(() -> AccessRequest.file(ID, NEWCOMER, forSelf, CENTRE, NOBODY, "m", FILED)))
                .isEqualTo("access-request.assistant-for-self");
    }

    @Test
    void an_assistant_asks_to_act_for_a_health_professional_of_that_centre() {
        var hp = userWith(RoleGrant.healthProfessional(Ern.EYE, CENTRE.id()));
        var forHp = new RequestedAccess(Ern.EYE, CENTRE.id(), Set.of(Role.CENTRE_ASSISTANT), hp.id());

        var request = AccessRequest.file(ID, NEWCOMER, forHp, CENTRE, Optional.of(hp), "m", FILED);

        assertThat(request.requested()).isEqualTo(forHp);
        assertThat(request.status()).isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void an_assistant_cannot_ask_to_act_for_anyone_but_a_health_professional_of_that_centre() {
        var hpElsewhere = userWith(RoleGrant.healthProfessional(Ern.EYE, ProviderId.random()));
        var researcher = userWith(RoleGrant.researcher(Ern.EYE));

        for (User named : List.of(hpElsewhere, researcher)) {
            var wanted = new RequestedAccess(Ern.EYE, CENTRE.id(), Set.of(Role.CENTRE_ASSISTANT), named.id());
            assertThatThrownBy(() -> AccessRequest.file(ID, NEWCOMER, wanted, CENTRE, Optional.of(named), "m", FILED))
                    .isInstanceOf(ActingForNotHealthProfessional.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("user.acting-for-not-hp");
        }
        var unknown = new RequestedAccess(Ern.EYE, CENTRE.id(), Set.of(Role.CENTRE_ASSISTANT), UserId.random());
        assertThat(codeOf(() -> AccessRequest.file(ID, NEWCOMER, unknown, CENTRE, NOBODY, "m", FILED)))
                .isEqualTo("user.acting-for-not-hp");
    }

    @Test
    void a_coordinator_of_the_ern_accepts_and_the_requested_grants_are_to_be_given() {
        var request = filed();

        request.accept(EYE_COORDINATOR, DECIDED);

        assertThat(request.status()).isEqualTo(AccessRequestStatus.ACCEPTED);
        assertThat(request.decision()).contains(AccessDecision.accepted(EYE_COORDINATOR.id(), DECIDED));
        assertThat(request.grantsToGive()).containsExactly(RoleGrant.healthProfessional(Ern.EYE, CENTRE.id()));
        assertThat(request.pullEvents()).containsExactly(new AccessRequestAccepted(ID, NEWCOMER.id(), Ern.EYE,
                Set.of(RoleGrant.healthProfessional(Ern.EYE, CENTRE.id())), EYE_COORDINATOR.id(), DECIDED));
    }

    @Test
    void a_coordinator_of_the_ern_rejects_with_a_reason_and_nothing_is_to_be_given() {
        var request = filed();

        request.reject(EYE_COORDINATOR, " not a clinician ", DECIDED);

        assertThat(request.status()).isEqualTo(AccessRequestStatus.REJECTED);
        assertThat(request.decision()).contains(AccessDecision.rejected(EYE_COORDINATOR.id(), DECIDED, "not a clinician"));
        assertThat(request.decision().flatMap(AccessDecision::rejectionReason)).contains("not a clinician");
        assertThat(request.grantsToGive()).isEmpty();
        assertThat(request.pullEvents())
                .containsExactly(new AccessRequestRejected(ID, NEWCOMER.id(), Ern.EYE, EYE_COORDINATOR.id(), DECIDED));
    }

    @Test
    void a_rejection_needs_a_reason() {
        var request = filed();

        assertThat(codeOf(() -> request.reject(EYE_COORDINATOR, " ", DECIDED))).isEqualTo("rejection-reason.invalid");
        assertThat(request.status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void only_a_coordinator_of_the_ern_decides() {
        var request = filed();
        var otherCoordinator = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.RND, CENTRE.id()));
        var eyeDispatcher = Actor.of(UserId.random(), RoleGrant.dispatcher(Ern.EYE, CENTRE.id()));

        for (Actor notAllowed : List.of(otherCoordinator, eyeDispatcher, NEWCOMER)) {
            assertThatThrownBy(() -> request.accept(notAllowed, DECIDED))
                    .isInstanceOf(AccessDecisionForbidden.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-coordinator");
            assertThat(codeOf(() -> request.reject(notAllowed, "no", DECIDED))).isEqualTo("access-request.not-coordinator");
        }
        assertThat(request.status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(request.pullEvents()).isEmpty();
    }

    @Test
    void a_coordinator_never_decides_their_own_request() {
        var dispatcherWanted = new RequestedAccess(Ern.EYE, CENTRE.id(), Set.of(Role.DISPATCHER), null);
        var request = AccessRequest.file(ID, EYE_COORDINATOR, dispatcherWanted, CENTRE, NOBODY, "m", FILED);

        assertThat(codeOf(() -> request.accept(EYE_COORDINATOR, DECIDED))).isEqualTo("access-request.own-request");
        assertThat(codeOf(() -> request.reject(EYE_COORDINATOR, "no", DECIDED))).isEqualTo("access-request.own-request");
        assertThat(request.status()).isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void a_request_is_decided_once() {
        var accepted = filed();
        accepted.accept(EYE_COORDINATOR, DECIDED);
        var rejected = filed();
        rejected.reject(EYE_COORDINATOR, "no", DECIDED);
        accepted.pullEvents();
        rejected.pullEvents();
        var anotherCoordinator = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.EYE, CENTRE.id()));

        assertThatThrownBy(() -> accepted.reject(anotherCoordinator, "no", DECIDED))
                .isInstanceOf(AlreadyDecided.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.already-decided");
        assertThat(codeOf(() -> accepted.accept(anotherCoordinator, DECIDED))).isEqualTo("access-request.already-decided");
        assertThat(codeOf(() -> rejected.accept(anotherCoordinator, DECIDED))).isEqualTo("access-request.already-decided");
        assertThat(accepted.status()).isEqualTo(AccessRequestStatus.ACCEPTED);
        assertThat(rejected.status()).isEqualTo(AccessRequestStatus.REJECTED);
        assertThat(accepted.decision().map(AccessDecision::decidedBy)).contains(EYE_COORDINATOR.id());
        assertThat(accepted.pullEvents()).isEmpty();
        assertThat(rejected.pullEvents()).isEmpty();
    }

    @Test
    void a_restored_request_has_its_stored_state_and_no_events() {
        var decision = AccessDecision.rejected(EYE_COORDINATOR.id(), DECIDED, "no");
        var requester = UserId.random();

        var request = AccessRequest.restore(ID, requester, HP_IN_EYE, "m", FILED, decision, 4);

        assertThat(request.id()).isEqualTo(ID);
        assertThat(request.requester()).isEqualTo(requester);
        assertThat(request.requested()).isEqualTo(HP_IN_EYE);
        assertThat(request.motivation()).isEqualTo("m");
        assertThat(request.requestedAt()).isEqualTo(FILED);
        assertThat(request.decision()).contains(decision);
        assertThat(request.status()).isEqualTo(AccessRequestStatus.REJECTED);
        assertThat(request.version()).isEqualTo(4);
        assertThat(request.pullEvents()).isEmpty();
        assertThat(AccessRequest.restore(ID, requester, HP_IN_EYE, "m", FILED, null, 1).status())
                .isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void a_decision_accepts_without_a_reason_or_rejects_with_one() {
        var by = UserId.random();
        assertThat(AccessDecision.accepted(by, DECIDED).rejectionReason()).isEmpty();
        assertThat(AccessDecision.accepted(by, DECIDED).outcome()).isEqualTo(AccessRequestStatus.ACCEPTED);
        assertThat(AccessDecision.rejected(by, DECIDED, "r".repeat(2000)).reason()).hasSize(2000);
        assertThat(codeOf(() -> AccessDecision.rejected(by, DECIDED, "r".repeat(2001)))).isEqualTo("rejection-reason.invalid");
        assertThat(codeOf(() -> new AccessDecision(AccessRequestStatus.ACCEPTED, by, DECIDED, "why")))
                .isEqualTo("rejection-reason.invalid");
        assertThat(codeOf(() -> new AccessDecision(AccessRequestStatus.PENDING, by, DECIDED, null)))
                .isEqualTo("decision-outcome.invalid");
        assertThat(codeOf(() -> new AccessDecision(null, by, DECIDED, null))).isEqualTo("decision-outcome.invalid");
    }

    @Test
    void getting_an_unknown_request_fails_with_not_found() {
        var known = filed();
        AccessRequests requests = new AccessRequests() {
            public Optional<AccessRequest> find(AccessRequestId id) {
                return id.equals(ID) ? Optional.of(known) : Optional.empty();
            }

            public void save(AccessRequest request) {
            }

            public List<AccessRequest> pendingFor(Ern ern) {
                return List.of();
            }
        };

        assertThat(requests.get(ID)).isSameAs(known);
        assertThatThrownBy(() -> requests.get(AccessRequestId.random()))
                .isInstanceOf(AccessRequestNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-found");
    }
}
