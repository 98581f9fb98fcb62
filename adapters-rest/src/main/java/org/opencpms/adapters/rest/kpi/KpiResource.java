package org.opencpms.adapters.rest.kpi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.kpi.ReadKpis;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.Actor;

/**
 * KPIs and the activity report: {@link ReadKpis} ({@code GET /api/kpis?ern=&from=&to=}).
 *
 * <p>Who may: coordinators, of the ERN asked for; all ERNs together for any coordinator
 * ({@code AccessPolicy.requireReadKpis}; anyone else gets 403 {@code access.kpi-forbidden}). Every read is audited.
 */
@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Key performance indicators and activity figures, for coordinators")
public class KpiResource {

    private final Caller caller;
    private final ReadKpis readKpis;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public KpiResource() {
        this(null, null);
    }

    @Inject
    public KpiResource(Caller caller, ReadKpis readKpis) {
        this.caller = caller;
        this.readKpis = readKpis;
    }

    @GET
    @Operation(summary = "Read the KPIs of an ERN (or of all ERNs) over a period",
            description = "Without from/to: the twelve months up to now.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = KpiJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown ERN (ern.invalid), a date that is not an ISO-8601 "
            + "instant (from.invalid, to.invalid), or a period that does not end after it starts (period.invalid)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not registered, or not a coordinator of the ERN "
            + "(access.kpi-forbidden)")
    @APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
    public KpiJson read(
            @Parameter(description = "The ERN by name (ERKNET) or code (ERKNet); absent: all ERNs",
                    schema = @Schema(implementation = Ern.class)) @QueryParam("ern") String ern,
            @Parameter(description = "Start of the period, inclusive, ISO-8601 instant") @QueryParam("from") String from,
            @Parameter(description = "End of the period, exclusive, ISO-8601 instant; default now") @QueryParam("to") String to) {
        return KpiJson.of(readKpis.handle(query(caller.actor(), ern, from, to)));
    }

    /** The query of the parameters as given; absent ones left to the use case's defaults. */
    static ReadKpis.Query query(Actor actor, String ern, String from, String to) {
        return new ReadKpis.Query(actor, WireValues.optionalErn(ern, "ern"),
                WireValues.optionalInstant(from, "from"), WireValues.optionalInstant(to, "to"));
    }
}
