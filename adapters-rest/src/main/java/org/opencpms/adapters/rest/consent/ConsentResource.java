package org.opencpms.adapters.rest.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.consent.ViewConsent;
import org.opencpms.application.consent.WithdrawConsent;
import org.opencpms.domain.consent.ConsentId;

/**
 * A recorded consent: {@link ViewConsent} ({@code GET /api/consents/{id}}, the {@code Location} of a recorded consent)
 * and {@link WithdrawConsent} ({@code POST /api/consents/{id}/withdrawal}). Recording and listing a patient's consents
 * live under the patient ({@code /api/patients/{id}/consents}).
 *
 * <p>Who may: the enrolling health professional of the patient or the centre assistant acting for them (the access
 * policy and the domain's {@code Consent.withdraw} decide; anyone else gets 403, or the 404 of an unknown consent
 * when they may not see the patient at all).
 */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Recording and withdrawing a patient's consents")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain's rules")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class ConsentResource {

    private final Caller caller;
    private final WithdrawConsent withdrawConsent;
    private final ViewConsent viewConsent;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ConsentResource() {
        this(null, null, null);
    }

    @Inject
    public ConsentResource(Caller caller, WithdrawConsent withdrawConsent, ViewConsent viewConsent) {
        this.caller = caller;
        this.withdrawConsent = withdrawConsent;
        this.viewConsent = viewConsent;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "View one consent; its ETag is the version a withdrawal sends in If-Match",
            description = "For those who see the patient's identity, as the list of the patient's consents.")
    @APIResponse(responseCode = "200", description = "The consent", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = ConsentJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid id")
    @APIResponse(responseCode = "404", description = "No such consent (consent.not-found)")
    public Response view(@PathParam("id") String id) {
        var view = viewConsent.handle(new ViewConsent.Query(caller.actor(), WireValues.id(id, "id", ConsentId::of)));
        return Response.ok(ConsentJson.of(view)).header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Record that the patient withdrew a consent",
            description = "The consent stops being in force at once. Send the consent's version in If-Match to make "
                    + "sure it did not change since you read it.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match")
    @APIResponse(responseCode = "404", description = "No such consent (consent.not-found)")
    @APIResponse(responseCode = "409", description = "Already withdrawn (consent.already-withdrawn), or changed "
            + "concurrently and no If-Match was sent (consent.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (consent.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "422", description = "Withdrawn before it was given (consent.withdrawn-before-given)")
    public Response withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull WithdrawConsentRequest body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        withdrawConsent.handle(body.toCommand(caller.actor(), WireValues.id(id, "id", ConsentId::of), expected));
        return Response.noContent().build();
    }
}
