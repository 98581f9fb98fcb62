package org.opencpms.adapters.rest.imaging;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.imaging.ReleaseQuarantinedInstance;
import org.opencpms.domain.shared.PatientId;

/**
 * Releasing one of a patient's imaging instances from quarantine to the archive that panels see, by one who handles
 * the patient (see {@link QuarantineResource} for why it is rooted at its whole literal path).
 */
@Path("patients/{id}/quarantine-releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Imaging", description = "De-identified imaging studies attached to panels")
@APIResponse(responseCode = "400", description = "Invalid id or body (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered (problem+json)")
public class QuarantineReleaseResource {

    private final Caller caller;
    private final ReleaseQuarantinedInstance release;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public QuarantineReleaseResource() {
        this(null, null);
    }

    @Inject
    public QuarantineReleaseResource(Caller caller, ReleaseQuarantinedInstance release) {
        this.caller = caller;
        this.release = release;
    }

    @POST
    @Operation(summary = "Release an instance from quarantine to the archive that panels see",
            description = "For one who handles the patient, having found no identifying text burned into its pixels.")
    @APIResponse(responseCode = "200", description = "The instance, released")
    @APIResponse(responseCode = "404", description = "No such instance in quarantine, or not one you may release "
            + "(imaging.quarantined-instance-not-found)")
    @APIResponse(responseCode = "409", description = "Released already (imaging.not-quarantined)")
    public QuarantinedInstanceJson release(@Parameter(description = QuarantineResource.PATIENT_ID) @PathParam("id") String id,
                                           @Valid @NotNull ReleaseRequest body) {
        return QuarantinedInstanceJson.of(release.handle(body.toCommand(caller.actor(), WireValues.id(id, "id", PatientId::of))));
    }
}
