package org.opencpms.application.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asAssistant;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asHp;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.AccessRequested;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;

class RequestAccessTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final RequestAccess requestAccess = AccessRequestFixtures.requestAccess(world);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);

    @Test
    void a_newcomer_with_no_grants_requests_access() {
        var newcomer = world.person();

        var id = requestAccess.handle(new RequestAccess.Command(newcomer, asHp(centre), "nephrologist at this centre"));

        var request = world.accessRequests.get(id);
        assertThat(request.requester()).isEqualTo(newcomer.id());
        assertThat(request.requested()).isEqualTo(asHp(centre));
        assertThat(request.motivation()).isEqualTo("nephrologist at this centre");
        assertThat(request.requestedAt()).isEqualTo(PeopleFixtures.NOW);
        assertThat(request.status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(world.events.published(AccessRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.request()).isEqualTo(id));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isEqualTo(newcomer.id());
        assertThat(entry.resourceType()).isEqualTo("AccessRequest");
        assertThat(entry.resourceId()).isEqualTo(id.toString());
        assertThat(entry.purpose()).isEqualTo("access requested in ERKNet");
    }

    @Test
    void an_assistant_asks_to_act_for_a_health_professional_of_that_centre() {
        var hp = world.hp(centre);

        var id = requestAccess.handle(new RequestAccess.Command(world.person(), asAssistant(centre, hp.id()), "secretary"));

        assertThat(world.accessRequests.get(id).requested().assistantFor()).contains(hp.id());
    }

    @Test
    void an_assistant_cannot_ask_to_act_for_someone_who_is_no_health_professional_there() {
        var hpElsewhere = world.hp(world.centre(PeopleFixtures.ERN));

        assertThatThrownBy(() -> requestAccess.handle(new RequestAccess.Command(world.person(),
                asAssistant(centre, hpElsewhere.id()), "secretary")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.acting-for-not-hp");
        assertThat(world.accessRequests.pendingFor(PeopleFixtures.ERN)).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void the_centre_must_exist_and_be_a_member_of_the_ern() {
        var newcomer = world.person();
        var nonMember = world.centre(PeopleFixtures.OTHER_ERN);

        assertThatThrownBy(() -> requestAccess.handle(new RequestAccess.Command(newcomer, asHp(ProviderId.random()), "x")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-found");
        assertThatThrownBy(() -> requestAccess.handle(new RequestAccess.Command(newcomer, asHp(nonMember), "x")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.centre-not-in-ern");
        assertThatThrownBy(() -> requestAccess.handle(new RequestAccess.Command(newcomer,
                new RequestedAccess(PeopleFixtures.ERN, centre, Set.of(Role.CENTRE_ASSISTANT), newcomer.id()), "x")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.assistant-for-self");
        assertThat(world.accessRequests.pendingFor(PeopleFixtures.ERN)).isEmpty();
    }

    @Test
    void a_motivation_is_required() {
        assertThatThrownBy(() -> new RequestAccess.Command(world.person(), asHp(centre), null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("motivation.invalid");
        assertThatThrownBy(() -> requestAccess.handle(new RequestAccess.Command(world.person(), asHp(centre), "  ")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("motivation.invalid");
    }

    @Test
    void unknown_ids_in_an_assistant_request_are_refused_like_non_health_professionals() {
        assertThatThrownBy(() -> requestAccess.handle(new RequestAccess.Command(world.person(),
                asAssistant(centre, UserId.random()), "secretary")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.acting-for-not-hp");
    }
}
