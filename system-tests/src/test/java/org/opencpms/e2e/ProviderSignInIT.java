package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.COORDINATOR_ITHACA;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in at the OpenID Connect provider in a real browser (src/test/browser/provider-sign-in.mjs): the server names
 * its issuer and the web application's public client id (GET /api/sign-in), and a real provider (npm's oidc-provider,
 * {@link CodeFlowProvider}) answers for that issuer with access tokens that live {@value #TOKEN_SECONDS} s. A health
 * professional registered through an access request signs in on the provider's login page (the authorization code
 * flow with PKCE), lands on "my panels" with their name shown, keeps no token in localStorage, gets a renewed token
 * before the first expires, signs out at the provider and is back on the sign-in screen; the provider then refuses
 * the old refresh token, and the server the old access token once it has expired.
 */
class ProviderSignInIT extends OnTheBuiltEar {

    private static final int TOKEN_SECONDS = 40;
    private static final String NAME = "Dr Olga Provider";
    private static BrowserRun.Report report;

    @BeforeAll
    static void signInAtTheProviderInChromium() {
        var login = "dr.provider." + Clinic.unique();
        registered(login);
        try (var provider = CodeFlowProvider.start(TOKEN_SECONDS, J.obj(login, NAME))) {
            report = BrowserRun.run("provider-sign-in.mjs", J.obj("login", login, "name", NAME,
                    "issuer", TestIdentityProvider.ISSUER, "clientId", CodeFlowProvider.CLIENT_ID,
                    "providerPort", CodeFlowProvider.PORT, "tokenSeconds", TOKEN_SECONDS,
                    "tokenEndpoint", TestIdentityProvider.ISSUER + "/token"), "provider-sign-in");
        }
    }

    /** The provider's user {@code login} as a health professional at Nijmegen: an access request, accepted. */
    private static void registered(String login) {
        var token = TestIdentityProvider.get().token(login, NAME);
        var request = Api.post("/api/access-requests", token, J.obj("ern", "ITHACA", "centre",
                Accounts.centre(HP_NIJMEGEN), "roles", J.arr("HEALTH_PROFESSIONAL"), "motivation", "Web sign-in",
                "country", "NL", "email", login + "@example.invalid"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        var accepted = Api.post("/api/access-requests/" + request.json().getString("id") + "/acceptance",
                Accounts.token(COORDINATOR_ITHACA), null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    }

    @Test
    void the_user_signs_in_at_the_provider_is_renewed_and_signs_out() {
        assertThat(report.failed()).as("checks that failed").isEmpty();
        assertThat(report.checks()).extracting(check -> check.getString("name")).contains(
                "the user's name from the provider is shown", "no token is in localStorage",
                "the access token is renewed before it expires", "the provider refuses the old refresh token",
                "the server refuses the old access token once it has expired");
        assertThat(report.screens()).extracting(screen -> screen.getString("name"))
                .containsExactly("01-sign-in", "03-my-panels", "04-signed-out", "05-reloaded");
    }

    @Test
    void no_screen_has_a_serious_or_critical_accessibility_violation() {
        var violations = report.screens().stream().flatMap(screen -> screen.getJsonArray("violations")
                .getValuesAs(JsonObject.class).stream()
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .map(v -> screen.getString("name") + ": " + v)).toList();

        assertThat(violations).isEmpty();
    }
}
