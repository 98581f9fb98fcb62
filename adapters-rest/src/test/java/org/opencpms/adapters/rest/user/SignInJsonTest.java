package org.opencpms.adapters.rest.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.user.SignInResource.IdentityProviderJson;
import org.opencpms.adapters.rest.user.SignInResource.SignInJson;

class SignInJsonTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void the_configured_issuer_and_public_client_id_are_what_the_web_application_signs_in_with() {
        var json = SignInJson.of(config(Map.of("opencpms.oidc.issuer", "https://login.example.eu/realms/ern",
                "opencpms.oidc.client-id", "opencpms-web")), false);

        assertThat(json).isEqualTo(new SignInJson(false, new IdentityProviderJson("https://login.example.eu/realms/ern",
                "opencpms-web", "openid profile")));
    }

    @Test
    void the_scope_is_configurable() {
        var json = SignInJson.of(config(Map.of("opencpms.oidc.issuer", "https://idp", "opencpms.oidc.client-id", "web",
                "opencpms.oidc.scope", "openid profile offline_access")), true);

        assertThat(json.provider().scope()).isEqualTo("openid profile offline_access");
        assertThat(json.training()).isTrue();
    }

    @Test
    void without_a_client_id_no_provider_is_offered() {
        var json = SignInJson.of(config(Map.of("opencpms.oidc.issuer", "https://idp")), true);

        assertThat(json).isEqualTo(new SignInJson(true, null));
    }
}
