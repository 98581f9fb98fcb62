package org.opencpms.adapters.rest.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.security.Caller;

/**
 * "Who am I" ({@code GET /api/me}): the authenticated caller as the edge identified them from the token — subject,
 * whether registered, user id and grants, and what the domain lets them do at each centre where they enrol. No use
 * case is needed: the {@link Caller} already holds the actor the authentication filter found. Open to every
 * authenticated caller, unregistered ones included (that is how a newcomer learns they must file an access request);
 * the full account is {@code GET /api/users/{id}}.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who am I, accounts, role grants, profile and notification preferences")
public class MeResource {

    private final Caller caller;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public MeResource() {
        this(null);
    }

    @Inject
    public MeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Who am I: the token's subject and, if registered, the user id, role grants, and for each "
            + "centre where they enrol patients: for whom, and in which ERNs they open panels")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = MeJson.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
    public MeJson me() {
        var subject = caller.subject();
        var actor = caller.registered();
        return new MeJson(subject.issuer(), subject.subject(), caller.displayName(), caller.email().orElse(null),
                actor.isPresent(), actor.map(a -> a.id().value().toString()).orElse(null),
                actor.map(a -> GrantJson.of(a.grants())).orElse(List.of()),
                actor.map(CentreRightsJson::of).orElse(List.of()));
    }
}
