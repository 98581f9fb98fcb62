package org.opencpms.adapters.rest.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.accessrequest.AccessRequestView;
import org.opencpms.application.accessrequest.PendingAccessRequest;
import org.opencpms.domain.accessrequest.AccessDecision;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.Subject;

class AccessRequestMappingTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final UserId HP = UserId.random();
    private static final Subject SUBJECT = new Subject("https://idp.example/realms/ern", "sub-123");

    private static FileAccessRequest request(List<String> roles, String actingFor, String email, String country) {
        return new FileAccessRequest("ERKNet", CENTRE.value().toString(), roles, actingFor, "I treat kidneys",
                null, email, country);
    }

    @Test
    void an_access_request_becomes_the_command_field_by_field() {
        var actor = Actor.of(UserId.random());

        var command = request(List.of("HEALTH_PROFESSIONAL", "dispatcher"), null, null, null).toCommand(actor);

        assertThat(command.actor()).isEqualTo(actor);
        assertThat(command.motivation()).isEqualTo("I treat kidneys");
        assertThat(command.requested()).isEqualTo(new RequestedAccess(Ern.ERKNET, CENTRE,
                Set.of(Role.HEALTH_PROFESSIONAL, Role.DISPATCHER), null));
    }

    @Test
    void a_centre_assistant_names_the_health_professional() {
        var requested = request(List.of("CENTRE_ASSISTANT"), HP.value().toString(), null, null).requested();

        assertThat(requested.assistantFor()).contains(HP);
        assertThatThrownBy(() -> request(List.of("CENTRE_ASSISTANT"), null, null, null).requested())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("acting-for.invalid"));
        assertThatThrownBy(() -> request(List.of("EMPEROR"), null, null, null).requested())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("roles.invalid"));
    }

    @Test
    void a_newcomer_is_registered_with_the_tokens_name_and_email_and_the_bodys_country() {
        var registration = request(List.of("RESEARCHER"), null, null, "de")
                .registration(SUBJECT, "Dr. Token", Optional.of("token@example.org"));

        assertThat(registration.subject()).isEqualTo(SUBJECT);
        assertThat(registration.displayName()).isEqualTo("Dr. Token");
        assertThat(registration.email()).isEqualTo(EmailAddress.of("token@example.org"));
        assertThat(registration.country()).isEqualTo(Country.of("DE"));
    }

    @Test
    void the_bodys_name_and_email_win_over_the_tokens() {
        var body = new FileAccessRequest("ERKNET", CENTRE.value().toString(), List.of("RESEARCHER"), null, "m",
                "Dr. Body", "body@example.org", "FR");

        var registration = body.registration(SUBJECT, "Dr. Token", Optional.of("token@example.org"));

        assertThat(registration.displayName()).isEqualTo("Dr. Body");
        assertThat(registration.email()).isEqualTo(EmailAddress.of("body@example.org"));
    }

    @Test
    void a_newcomer_needs_a_country_and_some_email() {
        assertThatThrownBy(() -> request(List.of("RESEARCHER"), null, null, null)
                .registration(SUBJECT, "n", Optional.of("a@example.org")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("country.invalid"));
        assertThatThrownBy(() -> request(List.of("RESEARCHER"), null, null, "DE")
                .registration(SUBJECT, "n", Optional.empty()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("email.invalid"));
    }

    @Test
    void a_pending_request_becomes_its_json_field_by_field() {
        var id = AccessRequestId.random();
        var requester = UserId.random();
        var pending = new PendingAccessRequest(id, requester, "Dr. New", EmailAddress.of("new@example.org"),
                Ern.ERKNET, CENTRE, Set.of(Role.CENTRE_ASSISTANT, Role.PANEL_MANAGER), Optional.of(HP), "help",
                Instant.parse("2025-04-01T08:00:00Z"), 0);

        assertThat(AccessRequestJson.of(pending)).isEqualTo(new AccessRequestJson(id.value().toString(),
                requester.value().toString(), "Dr. New", "new@example.org", "ERKNET", CENTRE.value().toString(),
                List.of("CENTRE_ASSISTANT", "PANEL_MANAGER"), HP.value().toString(), "help",
                Instant.parse("2025-04-01T08:00:00Z"), 0, "PENDING", null, null, null));
    }

    @Test
    void a_rejected_request_carries_its_decision() {
        var coordinator = UserId.random();
        var pending = new PendingAccessRequest(AccessRequestId.random(), UserId.random(), "Dr. New",
                EmailAddress.of("new@example.org"), Ern.ERKNET, CENTRE, Set.of(Role.HEALTH_PROFESSIONAL),
                Optional.empty(), "help", Instant.parse("2025-04-01T08:00:00Z"), 1);
        var decided = Instant.parse("2025-04-02T09:00:00Z");

        var json = AccessRequestJson.of(new AccessRequestView(pending, AccessRequestStatus.REJECTED,
                Optional.of(AccessDecision.rejected(coordinator, decided, "unknown person"))));

        assertThat(json.status()).isEqualTo("REJECTED");
        assertThat(json.decidedBy()).isEqualTo(coordinator.value().toString());
        assertThat(json.decidedAt()).isEqualTo(decided);
        assertThat(json.rejectionReason()).isEqualTo("unknown person");
        assertThat(json.actingFor()).isNull();
    }

    @Test
    void a_rejection_becomes_the_command() {
        var actor = Actor.of(UserId.random());
        var id = AccessRequestId.random();

        var command = new RejectionRequest("unknown person").toCommand(actor, id, 1L);

        assertThat(command.actor()).isEqualTo(actor);
        assertThat(command.request()).isEqualTo(id);
        assertThat(command.reason()).isEqualTo("unknown person");
        assertThat(command.expectedVersion()).isEqualTo(1L);
    }
}
