package org.opencpms.adapters.rest.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.reference.AddDiseaseGroup;
import org.opencpms.application.reference.EstablishNetwork;

/**
 * ERNs as reference data: {@link EstablishNetwork} ({@code POST /api/networks}, idempotent) and
 * {@link AddDiseaseGroup} ({@code POST /api/networks/{ern}/disease-groups}).
 *
 * <p>Who may: disease groups are added by coordinators of the ERN ({@code Network.addDiseaseGroup} decides).
 * Establishing a network has no actor in the application, so the edge admits coordinators only (see
 * {@link ReferenceDataGuard}).
 */
@Path("networks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Centres, their ERN memberships, networks and disease groups")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "413", description = "Body over 1 MiB")
@APIResponse(responseCode = "415", description = "Body is not application/json")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class NetworkResource {

    private final Caller caller;
    private final EstablishNetwork establishNetwork;
    private final AddDiseaseGroup addDiseaseGroup;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public NetworkResource() {
        this(null, null, null);
    }

    @Inject
    public NetworkResource(Caller caller, EstablishNetwork establishNetwork, AddDiseaseGroup addDiseaseGroup) {
        this.caller = caller;
        this.establishNetwork = establishNetwork;
        this.addDiseaseGroup = addDiseaseGroup;
    }

    @POST
    @Operation(summary = "Start keeping reference data (disease groups) for an ERN",
            description = "Idempotent: an ERN already established is left as it is, and the answer is the same.")
    @APIResponse(responseCode = "204", description = "Established (now or before)")
    @APIResponse(responseCode = "400", description = "Invalid body (ern.invalid)")
    @APIResponse(responseCode = "403", description = "Not registered, or not a coordinator (reference.forbidden)")
    public Response establish(@Valid @NotNull EstablishNetworkRequest body) {
        ReferenceDataGuard.requireMayCreateReferenceData(caller.actor());
        establishNetwork.handle(body.toCommand());
        return Response.noContent().build();
    }

    @POST
    @Path("{ern}/disease-groups")
    @Operation(summary = "Add a thematic disease group to an ERN")
    @APIResponse(responseCode = "204", description = "Added")
    @APIResponse(responseCode = "400", description = "Unknown ERN in the path (ern.invalid) or invalid body")
    @APIResponse(responseCode = "403", description = "Not registered, or not a coordinator of the ERN "
            + "(network.not-coordinator)")
    @APIResponse(responseCode = "404", description = "ERN not established (network.not-found)")
    @APIResponse(responseCode = "409", description = "The ERN has a group with this code (network.duplicate-disease-group)")
    public Response addDiseaseGroup(@PathParam("ern") String ern, @Valid @NotNull DiseaseGroupRequest body) {
        addDiseaseGroup.handle(body.toCommand(caller.actor(), WireValues.ern(ern, "ern")));
        return Response.noContent().build();
    }
}
