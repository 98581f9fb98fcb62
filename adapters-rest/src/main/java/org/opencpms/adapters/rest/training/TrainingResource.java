package org.opencpms.adapters.rest.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.adapters.rest.security.Public;
import org.opencpms.application.training.TrainingAccount;
import org.opencpms.application.training.TrainingDataSet;
import org.opencpms.application.user.BearerTokens;
import org.opencpms.application.user.TrainingTokens;

/**
 * Training mode only ({@code opencpms.training=true}): the synthetic accounts and bearer tokens for them, signed
 * with the key the server generated at start. Outside training mode every path here answers 404, as for any
 * path that does not exist.
 */
@Path("/training")
@Public
@SecurityRequirements
@RequestScoped
@Tag(name = "Training", description = "Only in training mode: accounts and tokens for the synthetic data set")
public class TrainingResource {

    /** A request for a token of one training account. */
    public record TokenRequest(@NotBlank String username) {
    }

    /** An OAuth 2.0-style token response. */
    public record TokenResponse(String access_token, String token_type, long expires_in, String username) {
    }

    /** One account a trainee can sign in as. */
    public record AccountJson(String username, String displayName, String email, String country, String purpose) {
        static AccountJson of(TrainingAccount account) {
            return new AccountJson(account.username(), account.displayName(), account.email().value(),
                    account.country().code(), account.purpose());
        }
    }

    private final BearerTokens tokens;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public TrainingResource() {
        this(null);
    }

    @Inject
    public TrainingResource(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Path("/accounts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The training accounts (training mode only)")
    @APIResponse(responseCode = "200", description = "The accounts")
    @APIResponse(responseCode = "404", description = "Not in training mode")
    public List<AccountJson> accounts() {
        issuer();
        return TrainingDataSet.accounts().stream().map(AccountJson::of).toList();
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bearer token for a training account (training mode only)")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "404", description = "Not in training mode, or no such training account")
    public TokenResponse token(@Valid @NotNull TokenRequest request) {
        var issuer = issuer();
        var account = TrainingDataSet.accounts().stream().filter(a -> a.username().equals(request.username()))
                .findFirst().orElseThrow(() -> new ProblemException(404, "training.unknown-account", "Not found",
                        "There is no training account '" + request.username() + "'; see GET /api/training/accounts."));
        var token = issuer.issue(account.username(), account.displayName(), account.email().value());
        return new TokenResponse(token, "Bearer", TrainingTokens.LIFETIME.toSeconds(), account.username());
    }

    private TrainingTokens issuer() {
        return tokens.training().orElseThrow(() -> new ProblemException(404, "http.not-found", "Not Found",
                "No resource at this path."));
    }
}
