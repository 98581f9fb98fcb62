package org.opencpms.adapters.rest.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.reference.AddDiseaseGroup;
import org.opencpms.application.reference.EstablishNetwork;
import org.opencpms.application.user.AppointCoordinator;
import org.opencpms.domain.reference.Ern;

/**
 * ERNs as reference data: every network by name ({@code GET /api/networks}, to every signed-in subject),
 * {@link EstablishNetwork} ({@code POST /api/networks}, idempotent),
 * {@link AddDiseaseGroup} ({@code POST /api/networks/{ern}/disease-groups}) and {@link AppointCoordinator}
 * ({@code POST /api/networks/{ern}/coordinators}: the first coordinator of a network, or another one).
 *
 * <p>Who may change them: platform operators only (the domain decides: {@code operator.required}).
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
    private final AppointCoordinator appointCoordinator;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public NetworkResource() {
        this(null, null, null, null);
    }

    @Inject
    public NetworkResource(Caller caller, EstablishNetwork establishNetwork, AddDiseaseGroup addDiseaseGroup,
                           AppointCoordinator appointCoordinator) {
        this.caller = caller;
        this.establishNetwork = establishNetwork;
        this.addDiseaseGroup = addDiseaseGroup;
        this.appointCoordinator = appointCoordinator;
    }

    @GET
    @Operation(summary = "The European Reference Networks: the API's name, the short code and the full name of each",
            description = "Open to every signed-in subject, registered or not: a newcomer picks the ERN of an access "
                    + "request here. The set is closed (the Ern enumeration); no use case is needed to read it.")
    @APIResponse(responseCode = "200", description = "Every network",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NetworkJson.class)))
    public List<NetworkJson> list() {
        return NetworkJson.all();
    }

    @POST
    @Operation(summary = "Start keeping reference data (disease groups) for an ERN",
            description = "Idempotent: an ERN already established is left as it is, and the answer is the same.")
    @APIResponse(responseCode = "204", description = "Established (now or before)")
    @APIResponse(responseCode = "400", description = "Invalid body (ern.invalid)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    public Response establish(@Valid @NotNull EstablishNetworkRequest body) {
        establishNetwork.handle(body.toCommand(caller.actor()));
        return Response.noContent().build();
    }

    @POST
    @Path("{ern}/disease-groups")
    @Operation(summary = "Add a thematic disease group to an ERN")
    @APIResponse(responseCode = "204", description = "Added")
    @APIResponse(responseCode = "400", description = "Unknown ERN in the path (ern.invalid) or invalid body")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    @APIResponse(responseCode = "404", description = "ERN not established (network.not-found)")
    @APIResponse(responseCode = "409", description = "The ERN has a group with this code (network.duplicate-disease-group)")
    public Response addDiseaseGroup(@Parameter(schema = @Schema(implementation = Ern.class)) @PathParam("ern") String ern,
                                    @Valid @NotNull DiseaseGroupRequest body) {
        addDiseaseGroup.handle(body.toCommand(caller.actor(), WireValues.ern(ern, "ern")));
        return Response.noContent().build();
    }

    @POST
    @Path("{ern}/coordinators")
    @Operation(summary = "Appoint a coordinator of an ERN at one of its member centres",
            description = "For platform operators: how a deployment gets its first coordinator. A person OpenCPMS does "
                    + "not know yet is registered with the identity and profile given; replacing names a coordinator "
                    + "of the ERN who steps down in the same transaction.")
    @APIResponse(responseCode = "201", description = "Appointed; Location and id name the user",
            content = @Content(schema = @Schema(implementation = IdJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown ERN in the path, invalid body (centre.invalid, "
            + "email.invalid, country.invalid, replacing.invalid)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    @APIResponse(responseCode = "404", description = "No such centre or replaced user (healthcare-provider.not-found, "
            + "user.not-found)")
    @APIResponse(responseCode = "422", description = "Centre not a member of the ERN (healthcare-provider.not-in-ern), "
            + "replaced user no coordinator of it (user.not-coordinator)")
    public Response appointCoordinator(
            @Parameter(schema = @Schema(implementation = Ern.class)) @PathParam("ern") String ern,
            @Valid @NotNull CoordinatorAppointmentRequest body, @Context UriInfo uriInfo) {
        var user = appointCoordinator.handle(body.toCommand(caller.actor(), WireValues.ern(ern, "ern")));
        var json = new IdJson(user.value());
        return Response.created(uriInfo.getBaseUri().resolve("users/" + json.id())).entity(json).build();
    }
}
