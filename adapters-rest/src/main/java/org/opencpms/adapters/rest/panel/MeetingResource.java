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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.AttachMeetingRecording;
import org.opencpms.application.panel.CancelMeeting;
import org.opencpms.application.panel.RescheduleMeeting;
import org.opencpms.application.panel.ScheduleMeeting;
import org.opencpms.application.panel.ViewPanelItem;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;

/**
 * A panel's meetings: scheduling ({@link ScheduleMeeting}), rescheduling ({@link RescheduleMeeting}), cancelling
 * ({@link CancelMeeting}) and attaching the recording of one that has started ({@link AttachMeetingRecording}). The
 * panel decides who may (the lead or a panel manager of the lead ERN) and when. Every call answers the panel after
 * the change with its {@code ETag} and takes {@code If-Match}; a new meeting answers {@code 201} with the meeting's
 * URI in {@code Location}, where whoever sees the panel reads it ({@link ViewPanelItem}).
 */
@OnePanelChangeAtATime
@Path("panels/{id}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel or meeting (problem+json)")
@APIResponse(responseCode = "409", description = "Meeting cancelled, or changed since read without If-Match "
        + "(problem+json)")
@APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
@APIResponse(responseCode = "422", description = "Not allowed in the panel's state, not in the future, attendee "
        + "not a participant, meeting not started (problem+json)")
public class MeetingResource {

    private static final String PANEL_ID = "The panel's id";
    private static final String MEETING_ID = "The meeting's id";
    private static final String IF_MATCH = "The panel's ETag as last read";

    private final Caller caller;
    private final ScheduleMeeting scheduleMeeting;
    private final RescheduleMeeting rescheduleMeeting;
    private final CancelMeeting cancelMeeting;
    private final AttachMeetingRecording attachMeetingRecording;
    private final ViewPanelItem viewPanelItem;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public MeetingResource() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public MeetingResource(Caller caller, ScheduleMeeting scheduleMeeting, RescheduleMeeting rescheduleMeeting,
                           CancelMeeting cancelMeeting, AttachMeetingRecording attachMeetingRecording,
                           ViewPanelItem viewPanelItem, PanelReplies replies) {
        this.caller = caller;
        this.scheduleMeeting = scheduleMeeting;
        this.rescheduleMeeting = rescheduleMeeting;
        this.cancelMeeting = cancelMeeting;
        this.attachMeetingRecording = attachMeetingRecording;
        this.viewPanelItem = viewPanelItem;
        this.replies = replies;
    }

    @GET
    @Path("{meetingId}")
    @Operation(summary = "View one meeting of the panel (cancelled ones included); the ETag is the panel's version")
    @APIResponse(responseCode = "200", description = "The meeting", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = PanelJson.MeetingJson.class)))
    public Response view(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                         @Parameter(description = MEETING_ID) @PathParam("meetingId") UUID meetingId) {
        var query = new ViewPanelItem.MeetingQuery(caller.actor(), new PanelId(id), new MeetingId(meetingId));
        return PanelReplies.item(viewPanelItem.handle(query), PanelJson.MeetingJson::of);
    }

    @POST
    @Operation(summary = "Schedule a meeting of the panel's participants")
    @APIResponse(responseCode = "201", description = "The panel after the change, with its new ETag; Location names "
            + "the meeting", content = @Content(schema = @Schema(implementation = PanelJson.class)))
    public Response schedule(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                             @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull MeetingRequest request, @Context UriInfo uriInfo) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        var meeting = scheduleMeeting.handle(request.toCommand(caller.actor(), panel, expected));
        return replies.created(PanelReplies.location(uriInfo, panel, "meetings", meeting.id().toString()),
                meeting.panel(), meeting.id().value());
    }

    @PUT
    @Path("{meetingId}")
    @Operation(summary = "Move a meeting to a new time")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response reschedule(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                               @Parameter(description = MEETING_ID) @PathParam("meetingId") UUID meetingId,
                               @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull RescheduleRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(rescheduleMeeting.handle(
                request.toCommand(caller.actor(), panel, expected, new MeetingId(meetingId))));
    }

    @DELETE
    @Path("{meetingId}")
    @Operation(summary = "Cancel a meeting")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    public Response cancel(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = MEETING_ID) @PathParam("meetingId") UUID meetingId,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(cancelMeeting.handle(
                new CancelMeeting.Command(caller.actor(), panel, expected, new MeetingId(meetingId))));
    }

    @POST
    @Path("{meetingId}/recording")
    @Operation(summary = "Attach the recording of a meeting that has started")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    public Response attachRecording(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                    @Parameter(description = MEETING_ID) @PathParam("meetingId") UUID meetingId,
                                    @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                    String ifMatch,
                                    @Valid @NotNull RecordingRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(attachMeetingRecording.handle(
                request.toCommand(caller.actor(), panel, expected, new MeetingId(meetingId))));
    }
}
