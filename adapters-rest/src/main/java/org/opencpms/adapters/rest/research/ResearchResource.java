package org.opencpms.adapters.rest.research;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.research.ExportResearchDataSet;

/**
 * The anonymised research data set: {@link ExportResearchDataSet} ({@code GET /api/research/data-set}).
 *
 * <p>Who may: researchers ({@code AccessPolicy.requireResearchAccess}; anyone else gets 403
 * {@code access.research-forbidden}). Only patients whose consents allow research use now and who have a panel in
 * the researcher's ERNs are included, k-anonymously; the export is audited once, as a whole.
 */
@Path("research")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Research", description = "The anonymised research data set, for researchers")
public class ResearchResource {

    private final Caller caller;
    private final ExportResearchDataSet exportResearchDataSet;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ResearchResource() {
        this(null, null);
    }

    @Inject
    public ResearchResource(Caller caller, ExportResearchDataSet exportResearchDataSet) {
        this.caller = caller;
        this.exportResearchDataSet = exportResearchDataSet;
    }

    @GET
    @Path("data-set")
    @Operation(summary = "Export the anonymised research data set",
            description = "A complete, k-anonymous release (`next` is always null) of the consenting patients with a "
                    + "panel in the researcher's ERNs: every combination of age band, sex, area, ERNs and codes it "
                    + "holds is shared by at least k records; rarer records are generalised or suppressed, and counted.")
    @APIResponse(responseCode = "200", description = "{ items: [ResearchRecord], next: null, k, generalised, suppressed }",
            content = @Content(schema = @Schema(implementation = ResearchDataSetJson.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not registered, or not a researcher (access.research-forbidden)")
    @APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
    public ResearchDataSetJson dataSet() {
        return ResearchDataSetJson.of(exportResearchDataSet.handle(new ExportResearchDataSet.Query(caller.actor())));
    }
}
