package org.opencpms.adapters.rest.patient;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.audit.AuditEntryJson;
import org.opencpms.adapters.rest.consent.ConsentJson;
import org.opencpms.adapters.rest.consent.GivenConsentJson;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.consent.ListConsents;
import org.opencpms.application.consent.RecordConsent;
import org.opencpms.application.patient.CorrectIdentifyingData;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.ExportPatientAuditTrail;
import org.opencpms.application.patient.ListCentrePatients;
import org.opencpms.application.patient.ViewPatient;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;

/**
 * Patients and their consents: {@link EnrolPatient} ({@code POST /api/patients}), {@link ListCentrePatients}
 * ({@code GET /api/patients?centre=&after=&limit=}), {@link ViewPatient} ({@code GET /api/patients/{id}}, with ETag),
 * {@link CorrectIdentifyingData} ({@code PUT /api/patients/{id}/identity}, If-Match), {@link ListConsents}
 * ({@code GET /api/patients/{id}/consents}), {@link RecordConsent} ({@code POST /api/patients/{id}/consents}) and
 * {@link ExportPatientAuditTrail} ({@code GET /api/patients/{id}/audit-trail}).
 *
 * <p>Who may (the domain's {@code AccessPolicy}, {@code Patient} and {@code Consent} decide, not this class): health
 * professionals enrol at their own centre, centre assistants for the HP they act for; the centre's list shows only the
 * patients whose identity the caller sees; a patient is seen with identity by their handlers and pseudonymously by
 * those who may see one of their panels; corrections and consents are for the enrolling HP and their assistant; a
 * patient's audit trail is for auditors and the patient's handlers (GDPR Art. 15). Identity fields appear in a
 * response only when the use case's view carries them.
 */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients", description = "Enrolment, the centre's patient list, the patient view, identity corrections, "
        + "consents and the patient's audit trail")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not registered (user.not-registered), or not allowed by the domain")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class PatientResource {

    private final Caller caller;
    private final EnrolPatient enrolPatient;
    private final ListCentrePatients listCentrePatients;
    private final ViewPatient viewPatient;
    private final CorrectIdentifyingData correctIdentifyingData;
    private final ListConsents listConsents;
    private final RecordConsent recordConsent;
    private final ExportPatientAuditTrail exportPatientAuditTrail;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public PatientResource() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public PatientResource(Caller caller, EnrolPatient enrolPatient, ListCentrePatients listCentrePatients,
                           ViewPatient viewPatient, CorrectIdentifyingData correctIdentifyingData,
                           ListConsents listConsents, RecordConsent recordConsent,
                           ExportPatientAuditTrail exportPatientAuditTrail) {
        this.caller = caller;
        this.enrolPatient = enrolPatient;
        this.listCentrePatients = listCentrePatients;
        this.viewPatient = viewPatient;
        this.correctIdentifyingData = correctIdentifyingData;
        this.listConsents = listConsents;
        this.recordConsent = recordConsent;
        this.exportPatientAuditTrail = exportPatientAuditTrail;
    }

    @POST
    @Operation(summary = "Enrol a patient at a centre with the consents given",
            description = "The patient gets a generated pseudonym (nickname and pseudonym id). The care consent is "
                    + "required. Nothing is stored when any rule is broken.")
    @APIResponse(responseCode = "201", description = "Enrolled; Location is the patient",
            content = @Content(schema = @Schema(implementation = EnrolledJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (request.invalid, request.malformed, <field>.invalid)")
    @APIResponse(responseCode = "409", description = "Another patient of the centre has this hospital identifier "
            + "(patient.duplicate-hospital-identifier)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "422", description = "Care consent missing (enrolment.care-consent-required) or born "
            + "after enrolment")
    public Response enrol(@Valid @NotNull EnrolPatientRequest body, @Context UriInfo uriInfo) {
        var enrolled = enrolPatient.handle(body.toCommand(caller.actor()));
        var json = EnrolledJson.of(enrolled);
        return Response.created(uriInfo.getBaseUri().resolve("patients/" + json.id())).entity(json).build();
    }

    @GET
    @Operation(summary = "List a centre's patients whose identity you see, most recently enrolled first",
            description = "Keyset paging: pass the page's `next` as `after` (or follow the Link rel=\"next\" header). "
                    + "Patients enrolled meanwhile never shift or repeat a patient already listed.")
    @APIResponse(responseCode = "200", description = "A page of patients: { items: [PatientSummary], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = PatientSummaryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The after cursor of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "centre missing or not a UUID, limit out of range, or an after "
            + "that is not a cursor of this list (centre.invalid, limit.invalid, cursor.invalid)")
    public Response list(
            @Parameter(description = "The centre (healthcare provider id)", required = true) @QueryParam("centre") String centre,
            @Parameter(description = "The next cursor of the previous page") @QueryParam(Paging.AFTER) String after,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        var page = listCentrePatients.handle(new ListCentrePatients.Query(caller.actor(),
                WireValues.id(centre, "centre", ProviderId::of), Paging.after(after), Paging.limit(limit)));
        return new PageJson<>(page.items().stream().map(PatientSummaryJson::of).toList(), page.next().orElse(null))
                .ok(uriInfo, Paging.AFTER);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "View a patient",
            description = "With identity for the patient's handlers, pseudonymous for those who see one of the "
                    + "patient's panels. The ETag is the patient's version, for If-Match on a correction.")
    @APIResponse(responseCode = "200", description = "The patient; ETag: \"<version>\"",
            content = @Content(schema = @Schema(implementation = PatientJson.class)))
    @APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
    @APIResponse(responseCode = "404", description = "No such patient (patient.not-found)")
    public Response view(@PathParam("id") String id) {
        var view = viewPatient.handle(new ViewPatient.Query(caller.actor(), patientId(id)));
        return Response.ok(PatientJson.of(view)).header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
    }

    @PUT
    @Path("{id}/identity")
    @Operation(summary = "Correct a patient's identifying data",
            description = "Replaces names, date of birth, sex and identifiers. Send the ETag of the patient view in "
                    + "If-Match so that a concurrent change is refused rather than overwritten.")
    @APIResponse(responseCode = "204", description = "Corrected")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match (http.malformed-if-match)")
    @APIResponse(responseCode = "404", description = "No such patient (patient.not-found)")
    @APIResponse(responseCode = "409", description = "Hospital identifier taken (patient.duplicate-hospital-identifier), "
            + "or changed concurrently and no If-Match was sent (patient.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (patient.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "422", description = "Born after enrolment (patient.born-after-enrolment)")
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response correctIdentity(@PathParam("id") String id,
                                    @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull IdentifyingDataJson body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        correctIdentifyingData.handle(new CorrectIdentifyingData.Command(caller.actor(), patientId(id), expected, body.toDomain()));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/consents")
    @Operation(summary = "List all the patient's consents, withdrawn ones included, in the order recorded",
            description = "For those who see the patient's identity. Each consent carries its version for the "
                    + "If-Match of a withdrawal. Offset paging over the patient's consents.")
    @APIResponse(responseCode = "200", description = "A page of consents: { items: [Consent], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ConsentJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "id not a UUID, offset or limit out of range")
    @APIResponse(responseCode = "404", description = "No such patient (patient.not-found)")
    public Response consents(@PathParam("id") String id,
                             @Parameter(description = "Consents to skip (default 0)") @QueryParam(Paging.OFFSET) String offset,
                             @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
                             @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var consents = listConsents.handle(new ListConsents.Query(caller.actor(), patientId(id)));
        return PageJson.slice(consents, from, size).map(ConsentJson::of).ok(uriInfo, Paging.OFFSET);
    }

    @POST
    @Path("{id}/consents")
    @Operation(summary = "Record a consent the patient gave")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the consent (its withdrawal is "
            + "POST {Location}/withdrawal)", content = @Content(schema = @Schema(implementation = IdJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or id")
    @APIResponse(responseCode = "404", description = "No such patient (patient.not-found)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    public Response recordConsent(@PathParam("id") String id, @Valid @NotNull GivenConsentJson body,
                                  @Context UriInfo uriInfo) {
        var consent = recordConsent.handle(new RecordConsent.Command(caller.actor(), patientId(id), body.toDomain()));
        var json = new IdJson(consent.value());
        return Response.created(uriInfo.getBaseUri().resolve("consents/" + json.id())).entity(json).build();
    }

    @GET
    @Path("{id}/audit-trail")
    @Operation(summary = "Export every audit entry concerning the patient, oldest first (GDPR Art. 15)",
            description = "A complete export, not paged (`next` is always null). The export is itself audited.")
    @APIResponse(responseCode = "200", description = "{ items: [AuditEntry], next: null }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = AuditEntryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "Always null: the whole trail is one page")})))
    @APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
    @APIResponse(responseCode = "404", description = "No such patient (patient.not-found)")
    public Response auditTrail(@PathParam("id") String id) {
        var entries = exportPatientAuditTrail.handle(new ExportPatientAuditTrail.Query(caller.actor(), patientId(id)));
        return Response.ok(PageJson.last(entries.stream().map(AuditEntryJson::of).toList())).build();
    }

    private static PatientId patientId(String id) {
        return WireValues.id(id, "id", PatientId::of);
    }
}
