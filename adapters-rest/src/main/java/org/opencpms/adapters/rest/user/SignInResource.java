package org.opencpms.adapters.rest.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.security.Public;
import org.opencpms.application.user.BearerTokens;

/**
 * How a browser signs in here ({@code GET /api/sign-in}, public): whether training accounts are offered, and the
 * OpenID Connect provider a public client (the web application: authorization code flow with PKCE) signs in with —
 * the issuer this server trusts ({@code opencpms.oidc.issuer}), the client id registered there for the web
 * application ({@code opencpms.oidc.client-id}) and the scopes it asks for ({@code opencpms.oidc.scope}). Without an
 * issuer or a client id the provider part is absent: the web application cannot sign in through it.
 */
@Path("/sign-in")
@Public
@SecurityRequirements
@RequestScoped
@Tag(name = "Users", description = "Who am I, accounts, role grants, profile and notification preferences")
public class SignInResource {

    /** The scopes the web application asks for unless {@code opencpms.oidc.scope} says otherwise. */
    static final String DEFAULT_SCOPE = "openid profile";

    private final BearerTokens tokens;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public SignInResource() {
        this(null);
    }

    @Inject
    public SignInResource(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How to sign in: training accounts, and the OpenID Connect provider and public client id")
    @APIResponse(responseCode = "200", description = "The ways to sign in",
            content = @Content(schema = @Schema(implementation = SignInJson.class)))
    public SignInJson signIn() {
        return SignInJson.of(ConfigProvider.getConfig(), tokens.training().isPresent());
    }

    /** The ways to sign in; {@code provider} is absent when no issuer or no client id is configured. */
    public record SignInJson(boolean training, IdentityProviderJson provider) {

        static SignInJson of(Config config, boolean training) {
            Optional<String> issuer = config.getOptionalValue("opencpms.oidc.issuer", String.class);
            Optional<String> client = config.getOptionalValue("opencpms.oidc.client-id", String.class);
            var scope = config.getOptionalValue("opencpms.oidc.scope", String.class).orElse(DEFAULT_SCOPE);
            var provider = issuer.flatMap(i -> client.map(c -> new IdentityProviderJson(i, c, scope)));
            return new SignInJson(training, provider.orElse(null));
        }
    }

    /** An OpenID Connect provider: its issuer (where its discovery document is), our public client id, the scopes. */
    public record IdentityProviderJson(@Schema(required = true) String issuer,
                                       @Schema(required = true) String clientId,
                                       @Schema(required = true) String scope) {
    }
}
