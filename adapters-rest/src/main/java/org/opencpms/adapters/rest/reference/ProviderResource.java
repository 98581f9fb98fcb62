package org.opencpms.adapters.rest.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.problem.Problem;
import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.reference.ImportCentres;
import org.opencpms.application.reference.ListProviders;
import org.opencpms.application.reference.RecordErnMembership;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.application.reference.UpdateHealthcareProvider;
import org.opencpms.application.reference.ViewProvider;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;

/**
 * Centres (healthcare providers): {@link ListProviders} ({@code GET /api/providers?ern=}), {@link ViewProvider}
 * ({@code GET /api/providers/{id}}, the {@code Location} of a registered centre, with its {@code ETag}),
 * {@link RegisterHealthcareProvider} ({@code POST /api/providers}) and {@link RecordErnMembership}
 * ({@code POST /api/providers/{id}/memberships}).
 *
 * <p>Who may: every signed-in subject lists an ERN's centres and reads one (a newcomer choosing where to ask for access
 * included);
 * registering and correcting centres and changing memberships is for platform operators only (the domain decides:
 * {@code operator.required}). {@link UpdateHealthcareProvider} is {@code PUT /api/providers/{id}} (If-Match),
 * {@link ImportCentres} is {@code POST /api/providers/import} (a {@code text/csv} body, {@code ?dryRun=true}).
 */
@Path("providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Centres, their ERN memberships, networks and disease groups")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class ProviderResource {

    private final Caller caller;
    private final ListProviders listProviders;
    private final RegisterHealthcareProvider registerProvider;
    private final RecordErnMembership recordMembership;
    private final UpdateHealthcareProvider updateProvider;
    private final ImportCentres importCentres;
    private final ViewProvider viewProvider;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ProviderResource() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public ProviderResource(Caller caller, ListProviders listProviders, RegisterHealthcareProvider registerProvider,
                            RecordErnMembership recordMembership, UpdateHealthcareProvider updateProvider,
                            ImportCentres importCentres, ViewProvider viewProvider) {
        this.importCentres = importCentres;
        this.viewProvider = viewProvider;
        this.caller = caller;
        this.listProviders = listProviders;
        this.registerProvider = registerProvider;
        this.recordMembership = recordMembership;
        this.updateProvider = updateProvider;
    }

    @GET
    @Operation(summary = "List the member centres of an ERN", description = "Offset paging. Open to every signed-in"
            + " subject, registered or not: a newcomer picks the centre of its first access request here.")
    @APIResponse(responseCode = "200", description = "A page of centres: { items: [Provider], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ProviderJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "ern missing or unknown (ern.invalid), offset or limit out of range")
    public Response list(
            @Parameter(description = "The ERN, by name (ERKNET) or code (ERKNet)", required = true,
                    schema = @Schema(implementation = Ern.class)) @QueryParam("ern") String ern,
            @Parameter(description = "Centres to skip (default 0)") @QueryParam(Paging.OFFSET) String offset,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var providers = listProviders.handle(new ListProviders.Query(caller.registered().orElse(null),
                WireValues.ern(ern, "ern")));
        return PageJson.slice(providers, from, size).map(ProviderJson::of).ok(uriInfo, Paging.OFFSET);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "View one centre; its ETag is the version a correction sends in If-Match",
            description = "Open to every signed-in subject, registered or not, like the list.")
    @APIResponse(responseCode = "200", description = "The centre", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = ProviderJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid id (id.invalid)")
    @APIResponse(responseCode = "404", description = "No such centre (healthcare-provider.not-found)")
    public Response view(@PathParam("id") String id) {
        var seen = viewProvider.handle(new ViewProvider.Query(caller.registered().orElse(null),
                WireValues.id(id, "id", ProviderId::of)));
        return Response.ok(ProviderJson.of(seen.provider())).header(HttpHeaders.ETAG, IfMatch.etag(seen.version()))
                .build();
    }

    @POST
    @Operation(summary = "Register a centre in an EU/EEA country", description = "For platform operators.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the centre",
            content = @Content(schema = @Schema(implementation = IdJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (request.invalid, country.invalid)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    public Response register(@Valid @NotNull RegisterProviderRequest body, @Context UriInfo uriInfo) {
        var id = registerProvider.handle(body.toCommand(caller.actor()));
        var json = new IdJson(id.value());
        return Response.created(uriInfo.getBaseUri().resolve("providers/" + json.id())).entity(json).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Import centres and their ERN memberships from a CSV file",
            description = "For platform operators. Header row: name,country,ern,membership (FULL_MEMBER, "
                    + "AFFILIATED_PARTNER, ASSOCIATED_PARTNER); one row per centre and ERN. Every row is checked; "
                    + "any wrong row changes nothing and is named in the 422 problem's errors (field: line N). A centre "
                    + "unknown by name and country is registered; memberships the file does not mention stay; "
                    + "importing the same file again changes nothing. dryRun=true reports what would change.")
    @APIResponse(responseCode = "200", description = "The report: counts and one line per change",
            content = @Content(schema = @Schema(implementation = ImportReportJson.class)))
    @APIResponse(responseCode = "400", description = "Not CSV, or a column missing (csv.invalid)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "422", description = "Wrong rows (reference.import-invalid); errors[] names each line")
    public ImportReportJson importCentres(@QueryParam("dryRun") boolean dryRun, String csv) {
        var report = importCentres.handle(new ImportCentres.Command(caller.actor(), CentreList.parse(csv), dryRun));
        if (!report.problems().isEmpty()) {
            throw new ProblemException(422, "reference.import-invalid", "Rule violated", report.problems().size()
                    + " of " + report.rows() + " rows are wrong; nothing was imported", report.problems().stream()
                    .map(p -> new Problem.FieldError("line " + p.line(), "row.invalid", p.problem())).toList());
        }
        return ImportReportJson.of(report);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a centre's name or country", description = "For platform operators.")
    @APIResponse(responseCode = "204", description = "Corrected (or already so)")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match (country.invalid)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    @APIResponse(responseCode = "404", description = "No such centre (healthcare-provider.not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently (healthcare-provider.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response update(@PathParam("id") String id,
                           @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RegisterProviderRequest body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        updateProvider.handle(body.toUpdate(caller.actor(), WireValues.id(id, "id", ProviderId::of), expected));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/memberships")
    @Operation(summary = "Record that a centre joined an ERN, changed its type of membership, or left it",
            description = "type FULL_MEMBER, AFFILIATED_PARTNER, ASSOCIATED_PARTNER, or NONE to leave.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match (ern.invalid, type.invalid)")
    @APIResponse(responseCode = "403", description = "Not a platform operator (operator.required)")
    @APIResponse(responseCode = "404", description = "No such centre (healthcare-provider.not-found)")
    @APIResponse(responseCode = "409", description = "Already a member / not a member (healthcare-provider.already-member, "
            + "healthcare-provider.not-a-member), or changed concurrently (healthcare-provider.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    public Response recordMembership(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Valid @NotNull MembershipRequest body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        recordMembership.handle(body.toCommand(caller.actor(), WireValues.id(id, "id", ProviderId::of), expected));
        return Response.noContent().build();
    }
}
