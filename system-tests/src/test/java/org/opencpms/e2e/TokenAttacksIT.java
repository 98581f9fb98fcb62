package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tokens that do not prove who the caller is get 401 problem+json with a stable code and a Bearer challenge,
 * and never reach a use case; a valid token from the trusted provider does.
 */
class TokenAttacksIT extends OnTheBuiltEar {

    private static final TestIdentityProvider IDP = TestIdentityProvider.get();
    private static final String ME = "/api/me";

    @Test
    void a_request_without_a_token_is_unauthorized() {
        assertUnauthorized(Api.get(ME, null), "auth.missing-token");
    }

    @Test
    void an_expired_token_is_unauthorized() {
        assertUnauthorized(Api.get(ME, IDP.expiredToken("attacker")), "auth.token-expired");
    }

    @Test
    void a_token_from_an_untrusted_issuer_is_unauthorized() {
        assertUnauthorized(Api.get(ME, IDP.tokenFromIssuer("https://evil.example", "attacker")), "auth.untrusted-issuer");
    }

    @Test
    void a_token_for_another_audience_is_unauthorized() {
        assertUnauthorized(Api.get(ME, IDP.tokenForAudience("another-app", "attacker")), "auth.wrong-audience");
    }

    @Test
    void a_token_signed_by_another_key_is_unauthorized() {
        assertUnauthorized(Api.get(ME, IDP.tokenWithForeignSignature("attacker")), "auth.bad-signature");
    }

    @Test
    void an_unsigned_token_with_alg_none_is_unauthorized() {
        assertUnauthorized(Api.get(ME, IDP.unsignedToken("attacker")), "auth.invalid-token");
    }

    @Test
    void garbage_in_place_of_a_token_is_unauthorized() {
        assertUnauthorized(Api.get(ME, "not.a.jwt"), "auth.malformed-token");
    }

    @Test
    void a_valid_token_of_an_unknown_subject_is_authenticated_but_not_registered() {
        var reply = Api.get(ME, IDP.token("newcomer-" + System.nanoTime(), "New Comer"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getBoolean("registered")).isFalse();
    }

    @Test
    void an_unregistered_subject_may_not_list_patients() {
        var reply = Api.get("/api/panels", IDP.token("newcomer-" + System.nanoTime(), "New Comer"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.json().getString("code")).isEqualTo("user.not-registered");
    }

    @Test
    void an_unregistered_subject_may_list_the_centres_of_an_ern_to_choose_one_for_its_first_access_request() {
        var reply = Api.get("/api/providers?ern=ERKNET", IDP.token("newcomer-" + System.nanoTime(), "New Comer"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("items")).isNotEmpty();
    }

    private static void assertUnauthorized(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.json().getString("code")).isEqualTo(code);
        assertThat(reply.json().getString("correlationId")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
