package org.opencpms.adapters.rest.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagePolicyTest {

    @Test
    void the_pages_may_talk_to_the_sign_in_providers_origin_and_nowhere_else_but_the_server() {
        assertThat(PagePolicy.forIssuer(Optional.of("https://login.example.eu:8443/realms/ern")))
                .contains("connect-src 'self' https://login.example.eu:8443;", "default-src 'self'",
                        "frame-ancestors 'none'");
    }

    @Test
    void without_a_provider_the_pages_talk_to_the_server_only() {
        assertThat(PagePolicy.forIssuer(Optional.empty())).contains("connect-src 'self';");
    }
}
