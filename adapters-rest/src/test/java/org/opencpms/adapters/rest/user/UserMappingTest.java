package org.opencpms.adapters.rest.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.user.UserView;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.RoleGrant;

class UserMappingTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final UserId HP = UserId.random();
    private static final PanelId PANEL = PanelId.random();

    @Test
    void every_kind_of_grant_goes_to_json_and_back_unchanged() {
        var grants = Set.of(RoleGrant.healthProfessional(Ern.ERKNET, CENTRE), RoleGrant.coordinator(Ern.EYE, CENTRE),
                RoleGrant.centreAssistant(CENTRE, HP), RoleGrant.researcher(Ern.BOND), RoleGrant.auditor(null),
                RoleGrant.auditor(Ern.ERKNET), RoleGrant.guestExpert(PANEL));

        for (var grant : grants) {
            assertThat(GrantJson.of(grant).toDomain()).isEqualTo(grant);
        }
    }

    @Test
    void a_grant_names_only_the_fields_of_its_role() {
        assertThat(GrantJson.of(RoleGrant.centreAssistant(CENTRE, HP))).isEqualTo(new GrantJson("CENTRE_ASSISTANT",
                null, CENTRE.value().toString(), HP.value().toString(), null));
        assertThat(GrantJson.of(RoleGrant.guestExpert(PANEL)))
                .isEqualTo(new GrantJson("GUEST_EXPERT", null, null, null, PANEL.value().toString()));
        assertThat(GrantJson.of(RoleGrant.healthProfessional(Ern.ERKNET, CENTRE)))
                .isEqualTo(new GrantJson("HEALTH_PROFESSIONAL", "ERKNET", CENTRE.value().toString(), null, null));
    }

    @Test
    void a_grant_request_accepts_the_erns_own_code_and_refuses_what_does_not_fit_the_role() {
        assertThat(new GrantJson("researcher", "ERKNet", null, null, null).toDomain())
                .isEqualTo(RoleGrant.researcher(Ern.ERKNET));
        assertThatThrownBy(() -> new GrantJson("RESEARCHER", "ERKNET", CENTRE.value().toString(), null, null).toDomain())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("role-grant.invalid"));
        assertThatThrownBy(() -> new GrantJson("KING", null, null, null, null).toDomain())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("role.invalid"));
        assertThatThrownBy(() -> new GrantJson("GUEST_EXPERT", null, null, null, "p-1").toDomain())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("panel.invalid"));
    }

    @Test
    void a_user_view_becomes_its_json_field_by_field() {
        var view = new UserView(HP, "Dr. Who", EmailAddress.of("who@example.org"), Country.of("NL"),
                Set.of(RoleGrant.healthProfessional(Ern.ERKNET, CENTRE), RoleGrant.auditor(null)),
                Map.of(NotificationKind.COMMENT, NotificationChannel.NONE,
                        NotificationKind.INVITATION, NotificationChannel.BOTH), Language.DE, 9);

        var json = UserJson.of(view);

        assertThat(json.id()).isEqualTo(HP.value().toString());
        assertThat(json.displayName()).isEqualTo("Dr. Who");
        assertThat(json.email()).isEqualTo("who@example.org");
        assertThat(json.country()).isEqualTo("NL");
        assertThat(json.language()).isEqualTo("de");
        assertThat(json.grants()).containsExactly(new GrantJson("AUDITOR", null, null, null, null),
                new GrantJson("HEALTH_PROFESSIONAL", "ERKNET", CENTRE.value().toString(), null, null));
        assertThat(json.notificationChannels()).containsExactly(Map.entry("COMMENT", "NONE"),
                Map.entry("INVITATION", "BOTH"));
        assertThat(json.version()).isEqualTo(9);
    }

    @Test
    void a_profile_request_becomes_the_command() {
        var actor = Actor.of(HP);

        var command = new UpdateProfileRequest("Dr. Who", "who@example.org", "nl", "fr").toCommand(actor, HP, 9L);

        assertThat(command.actor()).isEqualTo(actor);
        assertThat(command.user()).isEqualTo(HP);
        assertThat(command.displayName()).isEqualTo("Dr. Who");
        assertThat(command.email()).isEqualTo(EmailAddress.of("who@example.org"));
        assertThat(command.country()).isEqualTo(Country.of("NL"));
        assertThat(command.expectedVersion()).isEqualTo(9L);
        assertThat(command.language()).isEqualTo(Language.FR);
        assertThat(new UpdateProfileRequest("x", "x@example.eu", "NL", null).toCommand(actor, HP, null).language())
                .isNull();
        assertThatThrownBy(() -> new UpdateProfileRequest("x", "not-an-address", "NL", null).toCommand(actor, HP, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("email.invalid"));
        assertThatThrownBy(() -> new UpdateProfileRequest("x", "x@example.eu", "NL", "xx").toCommand(actor, HP, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("language.invalid"));
    }

    @Test
    void a_channel_choice_becomes_the_command() {
        var actor = Actor.of(HP);

        var command = new NotificationChannelRequest("email").toCommand(actor, HP, "data_request", null);

        assertThat(command.kind()).isEqualTo(NotificationKind.DATA_REQUEST);
        assertThat(command.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(command.user()).isEqualTo(HP);
        assertThat(command.expectedVersion()).isNull();
        assertThatThrownBy(() -> new NotificationChannelRequest("PIGEON").toCommand(actor, HP, "COMMENT", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("channel.invalid"));
        assertThatThrownBy(() -> new NotificationChannelRequest("NONE").toCommand(actor, HP, "GOSSIP", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("kind.invalid"));
    }
}
