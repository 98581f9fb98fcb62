package org.opencpms.adapters.rest.user;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserJsonRoundTripTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void an_account_is_json_with_grants_and_channels_and_reads_back() {
        var user = new UserJson("0b7e4c1e-1111-4c1e-9c1e-0b7e4c1e1111", "Dr. Who", "who@example.org", "NL", "de",
                List.of(new GrantJson("COORDINATOR", "ERKNET", "c-1", null, null)),
                Map.of("COMMENT", "IN_APP"), 3);
        var json = JSONB.toJson(user);

        assertThat(json).contains("\"grants\":[{\"centre\":\"c-1\",\"ern\":\"ERKNET\",\"role\":\"COORDINATOR\"}]",
                "\"notificationChannels\":{\"COMMENT\":\"IN_APP\"}", "\"language\":\"de\"", "\"version\":3");
        assertThat(JSONB.fromJson(json, UserJson.class)).isEqualTo(user);
    }

    @Test
    void an_unregistered_caller_has_no_user_id_and_no_grants() {
        var me = new MeJson("https://idp.example", "sub-1", "New Person", null, false, null, List.of(), List.of());
        var json = JSONB.toJson(me);

        assertThat(json).contains("\"registered\":false", "\"grants\":[]", "\"centres\":[]")
                .doesNotContain("userId", "email");
    }
}
