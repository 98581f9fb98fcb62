package org.opencpms.adapters.rest.imaging;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.panel.OnePanelChangeAtATime;
import org.opencpms.adapters.rest.panel.PanelJson;
import org.opencpms.adapters.rest.panel.PanelReplies;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.imaging.ListPanelStudies;
import org.opencpms.application.panel.AttachImagingStudy;
import org.opencpms.domain.shared.PanelId;

/**
 * The de-identified imaging studies of a panel: listing them for the viewer ({@link ListPanelStudies}, to whoever may
 * see the panel) and attaching one the image archive received for the panel's patient ({@link AttachImagingStudy},
 * the lead or the lead's centre assistant, as the panel decides). Attaching is a panel change: it takes
 * {@code If-Match} and answers the panel with its new {@code ETag}.
 */
@OnePanelChangeAtATime
@Path("panels/{id}/studies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Imaging", description = "De-identified imaging studies attached to panels")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel or study (problem+json)")
public class ImagingStudyResource {

    private static final String PANEL_ID = "The panel's id";

    private final Caller caller;
    private final ListPanelStudies listPanelStudies;
    private final AttachImagingStudy attachImagingStudy;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ImagingStudyResource() {
        this(null, null, null, null);
    }

    @Inject
    public ImagingStudyResource(Caller caller, ListPanelStudies listPanelStudies,
                                AttachImagingStudy attachImagingStudy, PanelReplies replies) {
        this.caller = caller;
        this.listPanelStudies = listPanelStudies;
        this.attachImagingStudy = attachImagingStudy;
        this.replies = replies;
    }

    @GET
    @Operation(summary = "List the imaging studies attached to a panel, in the order they arrived")
    @APIResponse(responseCode = "200", description = "A page of studies; Link rel=\"next\" when more follow",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ImagingStudyJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    public Response list(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                         @Parameter(description = "Studies to skip (default 0)") @QueryParam(Paging.OFFSET)
                         String offset,
                         @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT)
                         String limit,
                         @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var studies = listPanelStudies.handle(new ListPanelStudies.Query(caller.actor(), new PanelId(id)));
        return page(studies.stream().map(ImagingStudyJson::of).toList(), from, size).ok(uriInfo, Paging.OFFSET);
    }

    @POST
    @Operation(summary = "Attach a de-identified imaging study of the panel's patient to the panel")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Attached to another panel or already listed, or changed since "
            + "read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not allowed in the panel's state, or a study of another patient "
            + "(problem+json)")
    public Response attach(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = "The panel's ETag as last read") @HeaderParam(HttpHeaders.IF_MATCH)
                           String ifMatch,
                           @Valid @NotNull AttachStudyRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(attachImagingStudy.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    /** The {@code limit} items from {@code offset} of the whole list, and the next offset when more follow. */
    static <T> PageJson<T> page(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new PageJson<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }
}
