package org.opencpms.adapters.rest.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.AbortPanel;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.ArchivePanel;
import org.opencpms.application.panel.ClosePanel;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.CopyPanel;
import org.opencpms.application.panel.DeclineInvitation;
import org.opencpms.application.panel.DeletePanel;
import org.opencpms.application.panel.EditConsultationForm;
import org.opencpms.application.panel.ForwardPanel;
import org.opencpms.application.panel.HandOverPanel;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.ListMyPanels;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.RateUsefulness;
import org.opencpms.application.panel.ReturnToAssessment;
import org.opencpms.application.panel.ReturnToPanelSelection;
import org.opencpms.application.panel.SetDeadline;
import org.opencpms.application.panel.StartAssessment;
import org.opencpms.application.panel.StartSignOff;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.application.panel.ViewPanel;
import org.opencpms.domain.shared.PanelId;

/**
 * Virtual consultation panels: opening, listing ("my panels"), viewing, deleting a draft, editing the consultation
 * form, copying, every lifecycle move (submission, assessment, sign-off and the steps back, closure, archival,
 * abortion), forwarding to another ERN, handover, deadline, invitations and their answers, the timeline and the
 * usefulness rating. Exposes {@link OpenPanel}, {@link ListMyPanels}, {@link ViewPanel}, {@link DeletePanel},
 * {@link EditConsultationForm}, {@link CopyPanel}, {@link SubmitPanel}, {@link StartAssessment},
 * {@link StartSignOff}, {@link ReturnToAssessment}, {@link ReturnToPanelSelection}, {@link ClosePanel},
 * {@link ArchivePanel}, {@link AbortPanel}, {@link ForwardPanel}, {@link HandOverPanel}, {@link SetDeadline},
 * {@link InviteExpert}, {@link AcceptInvitation}, {@link DeclineInvitation}, {@link CommentOnTimeline} and
 * {@link RateUsefulness}.
 *
 * <p>Callers are registered users; who may do what is decided by the panel and the access policy in the domain
 * (typically: the lead edits and moves the panel, coordinators of the lead ERN forward it, dispatchers and panel
 * managers help assemble it, invitees answer, participants comment), never here. A panel's {@code GET} and every
 * change answer the panel with {@code ETag: "<version>"}; changes take {@code If-Match} (412 when it is stale, 409
 * when an unconditional change clashed). A change that takes the panel out of the caller's sight answers 204.
 */
@Path("panels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels", description = "Virtual consultation panels: form, lifecycle, invitations, timeline")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel, or a deleted one (problem+json)")
public class PanelResource {

    private static final String PANEL_ID = "The panel's id";
    private static final String IF_MATCH = "The ETag of the panel as last read (\"<version>\"); absent or * for no check";

    private final Caller caller;
    private final ViewPanel viewPanel;
    private final OpenPanel openPanel;
    private final ListMyPanels listMyPanels;
    private final DeletePanel deletePanel;
    private final EditConsultationForm editConsultationForm;
    private final CopyPanel copyPanel;
    private final SubmitPanel submitPanel;
    private final StartAssessment startAssessment;
    private final StartSignOff startSignOff;
    private final ReturnToAssessment returnToAssessment;
    private final ReturnToPanelSelection returnToPanelSelection;
    private final ClosePanel closePanel;
    private final ArchivePanel archivePanel;
    private final AbortPanel abortPanel;
    private final ForwardPanel forwardPanel;
    private final HandOverPanel handOverPanel;
    private final SetDeadline setDeadline;
    private final InviteExpert inviteExpert;
    private final AcceptInvitation acceptInvitation;
    private final DeclineInvitation declineInvitation;
    private final CommentOnTimeline commentOnTimeline;
    private final RateUsefulness rateUsefulness;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public PanelResource() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Inject
    public PanelResource(Caller caller, ViewPanel viewPanel, OpenPanel openPanel, ListMyPanels listMyPanels,
                         DeletePanel deletePanel, EditConsultationForm editConsultationForm, CopyPanel copyPanel,
                         SubmitPanel submitPanel, StartAssessment startAssessment, StartSignOff startSignOff,
                         ReturnToAssessment returnToAssessment, ReturnToPanelSelection returnToPanelSelection,
                         ClosePanel closePanel, ArchivePanel archivePanel, AbortPanel abortPanel,
                         ForwardPanel forwardPanel, HandOverPanel handOverPanel, SetDeadline setDeadline,
                         InviteExpert inviteExpert, AcceptInvitation acceptInvitation,
                         DeclineInvitation declineInvitation, CommentOnTimeline commentOnTimeline,
                         RateUsefulness rateUsefulness) {
        this.caller = caller;
        this.viewPanel = viewPanel;
        this.openPanel = openPanel;
        this.listMyPanels = listMyPanels;
        this.deletePanel = deletePanel;
        this.editConsultationForm = editConsultationForm;
        this.copyPanel = copyPanel;
        this.submitPanel = submitPanel;
        this.startAssessment = startAssessment;
        this.startSignOff = startSignOff;
        this.returnToAssessment = returnToAssessment;
        this.returnToPanelSelection = returnToPanelSelection;
        this.closePanel = closePanel;
        this.archivePanel = archivePanel;
        this.abortPanel = abortPanel;
        this.forwardPanel = forwardPanel;
        this.handOverPanel = handOverPanel;
        this.setDeadline = setDeadline;
        this.inviteExpert = inviteExpert;
        this.acceptInvitation = acceptInvitation;
        this.declineInvitation = declineInvitation;
        this.commentOnTimeline = commentOnTimeline;
        this.rateUsefulness = rateUsefulness;
    }

    @POST
    @Operation(summary = "Open a draft panel for a patient, led by the caller in one of their ERNs")
    @APIResponse(responseCode = "201", description = "The new draft panel; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "422", description = "The patient's consents do not allow panels (problem+json)")
    public Response open(@Valid @NotNull OpenPanelRequest request, @Context UriInfo uriInfo) {
        var opened = openPanel.handle(request.toCommand(caller.actor()));
        return PanelReplies.created(PanelReplies.location(uriInfo, opened.id()), opened.panel(), opened.id().value());
    }

    @GET
    @Operation(summary = "List my panels: led, joined or invited to, the most recently drafted first")
    @APIResponse(responseCode = "200", description = "A page of panels; Link rel=\"next\" when more follow",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = PanelSummaryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The after cursor of the next page, null on the last")})))
    public Response list(
            @Parameter(description = "The next cursor of the previous page") @QueryParam(Paging.AFTER) String after,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int size = Paging.limit(limit);
        var page = listMyPanels.handle(new ListMyPanels.Query(caller.actor(), Paging.after(after), size));
        return new PageJson<>(page.items().stream().map(PanelSummaryJson::of).toList(), page.next().orElse(null))
                .ok(uriInfo, Paging.AFTER);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "View a panel; its ETag is the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The panel", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    public Response view(@Parameter(description = PANEL_ID) @PathParam("id") UUID id) {
        return PanelReplies.ok(viewPanel.handle(new ViewPanel.Query(caller.actor(), new PanelId(id))));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Throw a draft panel away")
    @APIResponse(responseCode = "204", description = "Deleted; nobody sees the panel any more")
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "The panel is not a draft (problem+json)")
    public Response delete(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = expected(ifMatch);
        deletePanel.handle(new DeletePanel.Command(caller.actor(), new PanelId(id), expected));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/form")
    @Operation(summary = "Replace the consultation form (until sign-off)")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not editable now, or incomplete after submission (problem+json)")
    public Response editForm(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                             @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ConsultationFormJson form) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(editConsultationForm.handle(
                new EditConsultationForm.Command(caller.actor(), panel, expected, form.toForm())));
    }

    @POST
    @Path("{id}/copies")
    @Operation(summary = "Open a new draft for the same patient and ERN, pre-filled with this panel's form")
    @APIResponse(responseCode = "201", description = "The new draft panel; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the source's current version (problem+json)")
    @APIResponse(responseCode = "422", description = "The patient's consents do not allow panels (problem+json)")
    public Response copy(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                         @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Context UriInfo uriInfo) {
        var expected = expected(ifMatch);
        var copy = copyPanel.handle(new CopyPanel.Command(caller.actor(), new PanelId(id), expected));
        return PanelReplies.created(PanelReplies.location(uriInfo, copy.id()), copy.panel(), copy.id().value());
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the draft: DRAFT to PANEL_SELECTION, once the form is complete")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move, incomplete form or no sharing consent (problem+json)")
    public Response submit(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(submitPanel.handle(new SubmitPanel.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/assessment")
    @Operation(summary = "End panel selection and start the assessment")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response startAssessment(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                    @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(startAssessment.handle(
                new StartAssessment.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/sign-off")
    @Operation(summary = "End the assessment and start the sign-off")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response startSignOff(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                 @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(startSignOff.handle(new StartSignOff.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/return-to-assessment")
    @Operation(summary = "Step back from sign-off to assessment, saying why; a final outcome becomes a draft again")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response returnToAssessment(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                       @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                       String ifMatch,
                                       @Valid @NotNull ReasonRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(returnToAssessment.handle(
                new ReturnToAssessment.Command(caller.actor(), panel, expected, request.reason())));
    }

    @POST
    @Path("{id}/return-to-panel-selection")
    @Operation(summary = "Step back from assessment to panel selection, saying why")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response returnToPanelSelection(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                           String ifMatch,
                                           @Valid @NotNull ReasonRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(returnToPanelSelection.handle(
                new ReturnToPanelSelection.Command(caller.actor(), panel, expected, request.reason())));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the panel once the outcome is final and the quorum of contributions is reached")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move, outcome not final or quorum not reached (problem+json)")
    public Response close(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                          @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(closePanel.handle(new ClosePanel.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/archival")
    @Operation(summary = "Archive a closed panel")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response archive(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(archivePanel.handle(new ArchivePanel.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/abortion")
    @Operation(summary = "Give the panel up before it closes, saying why")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response abort(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                          @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull ReasonRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(abortPanel.handle(
                new AbortPanel.Command(caller.actor(), panel, expected, request.reason())));
    }

    @POST
    @Path("{id}/forwarding")
    @Operation(summary = "Forward the panel to another ERN, which becomes its lead ERN")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "204", description = "Forwarded; the caller no longer sees the panel")
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now, or to the same ERN (problem+json)")
    public Response forward(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ForwardRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(forwardPanel.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/handover")
    @Operation(summary = "Hand the panel over to a member; the previous lead stays on as a member")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now, or the new lead is not eligible (problem+json)")
    public Response handOver(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                             @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull HandoverRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(handOverPanel.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/deadline")
    @Operation(summary = "Set the date by which the lead wants the outcome")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now, or not in the future (problem+json)")
    public Response setDeadline(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull DeadlineRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(setDeadline.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "Invite an expert to the panel")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Already invited, or changed since read without If-Match "
            + "(problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now, or the invitee is not eligible (problem+json)")
    public Response invite(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull InvitationRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(inviteExpert.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/invitation/acceptance")
    @Operation(summary = "Accept the caller's invitation and become a member")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or changed since read without If-Match "
            + "(problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response acceptInvitation(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                     @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                     String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(acceptInvitation.handle(
                new AcceptInvitation.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/invitation/decline")
    @Operation(summary = "Decline the caller's invitation")
    @APIResponse(responseCode = "200", description = "The panel after the change, if the caller still sees it",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "204", description = "Declined; the caller no longer sees the panel")
    @APIResponse(responseCode = "409", description = "Already answered, or changed since read without If-Match "
            + "(problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response declineInvitation(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                      @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                      String ifMatch) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(declineInvitation.handle(
                new DeclineInvitation.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("{id}/timeline")
    @Operation(summary = "Comment in the panel's timeline")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response comment(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TextRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(AdditiveChange.apply(expected, () -> commentOnTimeline.handle(
                new CommentOnTimeline.Command(caller.actor(), panel, expected, request.text()))));
    }

    @POST
    @Path("{id}/usefulness")
    @Operation(summary = "Rate how useful the closed panel was, from 1 to 5")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "The panel is not closed yet (problem+json)")
    public Response rateUsefulness(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                   @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                   String ifMatch,
                                   @Valid @NotNull UsefulnessRequest request) {
        var expected = expected(ifMatch);
        var panel = new PanelId(id);
        return PanelReplies.changed(rateUsefulness.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    private static Long expected(String ifMatch) {
        return IfMatch.parse(ifMatch).expectedVersion();
    }
}
