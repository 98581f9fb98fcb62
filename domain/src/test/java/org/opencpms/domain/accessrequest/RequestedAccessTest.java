package org.opencpms.domain.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

class RequestedAccessTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final UserId HP = UserId.random();

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void each_role_asked_for_becomes_its_grant() {
        var requested = new RequestedAccess(Ern.EYE, CENTRE, EnumSet.of(Role.HEALTH_PROFESSIONAL, Role.COORDINATOR,
                Role.DISPATCHER, Role.PANEL_MANAGER, Role.RESEARCHER, Role.CENTRE_ASSISTANT), HP);

        assertThat(requested.grants()).containsExactlyInAnyOrder(
                RoleGrant.healthProfessional(Ern.EYE, CENTRE), RoleGrant.coordinator(Ern.EYE, CENTRE),
                RoleGrant.dispatcher(Ern.EYE, CENTRE), RoleGrant.panelManager(Ern.EYE, CENTRE),
                RoleGrant.researcher(Ern.EYE), RoleGrant.centreAssistant(CENTRE, HP));
        assertThat(requested.assistantFor()).contains(HP);
    }

    @Test
    void at_least_one_role_is_asked_for_and_the_roles_cannot_change_afterwards() {
        var roles = new HashSet<>(Set.of(Role.HEALTH_PROFESSIONAL));
        var requested = new RequestedAccess(Ern.EYE, CENTRE, roles, null);
        roles.add(Role.COORDINATOR);

        assertThat(requested.roles()).containsExactly(Role.HEALTH_PROFESSIONAL);
        assertThat(requested.assistantFor()).isEmpty();
        assertThat(codeOf(() -> new RequestedAccess(Ern.EYE, CENTRE, Set.of(), null))).isEqualTo("requested-roles.invalid");
        assertThat(codeOf(() -> new RequestedAccess(null, CENTRE, roles, null))).isEqualTo("ern.invalid");
        assertThat(codeOf(() -> new RequestedAccess(Ern.EYE, null, roles, null))).isEqualTo("centre.invalid");
    }

    @Test
    void guest_expert_and_auditor_cannot_be_asked_for() {
        assertThat(codeOf(() -> new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.GUEST_EXPERT), null)))
                .isEqualTo("requested-roles.invalid");
        assertThat(codeOf(() -> new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.HEALTH_PROFESSIONAL, Role.AUDITOR), null)))
                .isEqualTo("requested-roles.invalid");
        assertThat(RequestedAccess.REQUESTABLE).doesNotContain(Role.GUEST_EXPERT, Role.AUDITOR).hasSize(6);
    }

    @Test
    void a_centre_assistant_and_only_a_centre_assistant_names_the_professional_they_act_for() {
        assertThat(codeOf(() -> new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.CENTRE_ASSISTANT), null)))
                .isEqualTo("acting-for.invalid");
        assertThat(codeOf(() -> new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.HEALTH_PROFESSIONAL), HP)))
                .isEqualTo("acting-for.invalid");
    }

    @Test
    void every_role_but_researcher_is_held_at_the_centre() {
        assertThat(new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.RESEARCHER), null).wantsCentreRole()).isFalse();
        assertThat(new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.RESEARCHER, Role.PANEL_MANAGER), null).wantsCentreRole()).isTrue();
        assertThat(new RequestedAccess(Ern.EYE, CENTRE, Set.of(Role.CENTRE_ASSISTANT), HP).wantsCentreRole()).isTrue();
    }

    @Test
    void an_access_request_id_is_a_uuid() {
        var id = AccessRequestId.random();
        assertThat(AccessRequestId.of(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
        assertThat(codeOf(() -> AccessRequestId.of("nope"))).isEqualTo("access-request-id.invalid");
        assertThat(codeOf(() -> AccessRequestId.of(null))).isEqualTo("access-request-id.invalid");
        assertThatThrownBy(() -> new AccessRequestId(null)).isInstanceOf(DomainException.class);
    }
}
