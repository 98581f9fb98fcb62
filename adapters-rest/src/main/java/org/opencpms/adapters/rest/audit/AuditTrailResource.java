package org.opencpms.adapters.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.SharedJsonb;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.audit.ReadAuditTrail;
import org.opencpms.application.audit.ReadNamedAuditTrail;
import org.opencpms.application.audit.VerifyAuditChain;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * The audit trail: {@link ReadNamedAuditTrail} ({@code GET /api/audit-trail?offset=&limit=}, filtered by patient,
 * period, actor, actions and resource: {@link AuditCriteria}), oldest entry first, each actor named.
 *
 * <p>Who may: auditors ({@code AccessPolicy.requireReadAudit}; anyone else gets 403 {@code access.audit-forbidden}).
 * The reading is itself audited. A patient's own trail (GDPR Art. 15) is {@code GET /api/patients/{id}/audit-trail}.
 * {@code GET /api/audit-trail/verification} verifies the hash chain ({@link VerifyAuditChain}; see
 * {@link ChainVerificationStream} for its progress).
 */
@Path("audit-trail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail, for auditors")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not registered, or not an auditor (access.audit-forbidden)")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class AuditTrailResource {

    private final Caller caller;
    private final ReadNamedAuditTrail readAuditTrail;
    private final VerifyAuditChain verifyAuditChain;
    private final SharedJsonb json;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public AuditTrailResource() {
        this(null, null, null, null);
    }

    @Inject
    public AuditTrailResource(Caller caller, ReadNamedAuditTrail readAuditTrail, VerifyAuditChain verifyAuditChain,
                              SharedJsonb json) {
        this.caller = caller;
        this.readAuditTrail = readAuditTrail;
        this.verifyAuditChain = verifyAuditChain;
        this.json = json;
    }

    @GET
    @Path("verification")
    @Produces({MediaType.APPLICATION_JSON, ChainVerificationStream.NDJSON})
    @Operation(summary = "Verify the audit trail's hash chain, against the latest checkpoint kept outside the database",
            description = "Recomputes every record's hash up to the head read when the check begins and names the first "
                    + "record altered, deleted, inserted, or (against the last signed checkpoint) rewritten. "
                    + "With `Accept: application/x-ndjson` the answer streams one progress line "
                    + "`{\"recordsChecked\":n,\"recordsToCheck\":m}` per thousand records, then the result line. "
                    + "The verification is audited.")
    @APIResponse(responseCode = "200", description = "The verification (ChainVerification); `intact` false names the breach",
            content = @Content(schema = @Schema(implementation = ChainVerificationJson.class)))
    public Response verify(@Context HttpHeaders headers) {
        var request = verifyAuditChain.authorise(caller.actor());
        if (headers.getAcceptableMediaTypes().stream().anyMatch(ChainVerificationStream::isNdjson)) {
            return Response.ok(new ChainVerificationStream(verifyAuditChain, request,
                    json.getContext(ChainVerificationJson.class)), ChainVerificationStream.NDJSON)
                    .build();
        }
        var verification = verifyAuditChain.handle(request);
        return Response.ok(ChainVerificationJson.of(verification), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "Read the audit trail, a page at a time, oldest first, all of it or the entries matching filters",
            description = "Offset paging: `next` (and the Link rel=\"next\" header) is the offset of the next page; "
                    + "it is announced whenever a page is full, so the last page may be empty. Filters (each optional, "
                    + "all together): `patient` (a patient id), `from` and `until` (ISO-8601 instants, both inclusive), "
                    + "`actor` (the user id of who acted), `action` (repeatable), `resourceType` and `resourceId` (the "
                    + "resource acted on, each exact). An ERN's auditor still reads only the entries about its panels' "
                    + "patients. Each entry names its actor (`actorName`) when the user is known.")
    @APIResponse(responseCode = "200", description = "A page of audit entries: { items: [AuditEntry], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = AuditEntryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "offset or limit out of range (offset.invalid, limit.invalid), a "
            + "filter malformed (patient.invalid, actor.invalid, from.invalid, until.invalid, action.invalid) or a "
            + "period that ends before it begins (audit-period.invalid)")
    public Response read(
            @Parameter(description = "Only the entries concerning this patient (id)") @QueryParam("patient") String patient,
            @Parameter(description = "Only the entries recorded at or after this instant (e.g. 2026-03-01T00:00:00Z)")
            @QueryParam("from") String from,
            @Parameter(description = "Only the entries recorded at or before this instant") @QueryParam("until")
            String until,
            @Parameter(description = "Only the entries of this user (id)") @QueryParam("actor") String actor,
            @Parameter(description = "Only the entries with one of these actions (repeat the parameter)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditAction.class))
            @QueryParam("action") List<String> actions,
            @Parameter(description = "Only the entries on resources of this type (e.g. Panel, Patient)")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only the entries on the resource with this id") @QueryParam("resourceId")
            String resourceId,
            @Parameter(description = "Entries to skip, 0 or more (default 0)") @QueryParam(Paging.OFFSET) String offset,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int first = Paging.offset(offset);
        int size = Paging.limit(limit);
        var criteria = new AuditCriteria(WireValues.optionalId(patient, "patient", PatientId::of),
                WireValues.optionalInstant(from, "from"), WireValues.optionalInstant(until, "until"),
                WireValues.optionalId(actor, "actor", UserId::of), actions(actions), resourceType, resourceId);
        var page = readAuditTrail.handle(new ReadAuditTrail.Query(caller.actor(), criteria, first, size));
        var named = page.entries().stream()
                .map(entry -> AuditEntryJson.of(entry, entry.byUser().map(page.actorNames()::get).orElse(null)));
        return PageJson.ofOffset(named.toList(), first, size).ok(uriInfo, Paging.OFFSET);
    }

    private static EnumSet<AuditAction> actions(List<String> texts) {
        var actions = EnumSet.noneOf(AuditAction.class);
        for (String text : texts == null ? List.<String>of() : texts) {
            actions.add(WireValues.enumValue(AuditAction.class, text, "action"));
        }
        return actions;
    }
}
