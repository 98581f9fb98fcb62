package org.opencpms.adapters.rest.imaging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.imaging.ListQuarantinedInstances;
import org.opencpms.domain.shared.PatientId;

/**
 * A patient's imaging instances in quarantine (their pixels may carry burned-in identifying text), for those who
 * handle the patient to judge them; {@link QuarantineReleaseResource} releases one to the archive that panels see.
 *
 * <p>Rooted at the whole literal path, not at {@code patients/{id}}: a root resource ending in a template would
 * capture every {@code /patients/{id}/...} request and hide {@code PatientResource}'s (JAX-RS matches the root first).
 */
@Path("patients/{id}/quarantined-instances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Imaging", description = "De-identified imaging studies attached to panels")
@APIResponse(responseCode = "400", description = "Invalid id or body (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered (problem+json)")
public class QuarantineResource {

    static final String PATIENT_ID = "The patient's id";

    private final Caller caller;
    private final ListQuarantinedInstances list;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public QuarantineResource() {
        this(null, null);
    }

    @Inject
    public QuarantineResource(Caller caller, ListQuarantinedInstances list) {
        this.caller = caller;
        this.list = list;
    }

    @GET
    @Operation(summary = "List the patient's imaging instances in quarantine, in the order they arrived")
    @APIResponse(responseCode = "200", description = "The instances in quarantine")
    @APIResponse(responseCode = "404", description = "No such patient, or one you do not handle (patient.not-found)")
    public List<QuarantinedInstanceJson> list(@Parameter(description = PATIENT_ID) @PathParam("id") String id) {
        return list.handle(new ListQuarantinedInstances.Query(caller.actor(), WireValues.id(id, "id", PatientId::of)))
                .stream().map(QuarantinedInstanceJson::of).toList();
    }
}
