package org.opencpms.adapters.rest.panel;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.PanelView;
import org.opencpms.application.panel.ViewPanel;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.panel.PanelNotFound;
import org.opencpms.domain.shared.PanelId;

/**
 * How the panel endpoints answer: with the panel as the caller now sees it ({@link ViewPanel}) and its version as
 * {@code ETag}, so that a client can chain changes with {@code If-Match}.
 *
 * <p>A change can take the panel out of the caller's sight (an invitee who declines, a coordinator who forwards the
 * panel to another ERN): the change is made, and the answer is then {@code 204 No Content} rather than an error.
 */
public final class PanelReplies {

    private final ViewPanel viewPanel;
    private final Caller caller;

    public PanelReplies(ViewPanel viewPanel, Caller caller) {
        this.viewPanel = viewPanel;
        this.caller = caller;
    }

    /** {@code 200} with the panel as it is after a change and its {@code ETag}; {@code 204} if the caller no longer sees it. */
    public Response changed(PanelId panel) {
        try {
            return ok(view(panel));
        } catch (AccessForbidden | PanelNotFound noLongerVisible) {
            return Response.noContent().build();
        }
    }

    /**
     * {@code 201 Created} at {@code location} with the panel after the change that created something in (or as) it
     * and its {@code ETag}; with only {@code createdId} should the caller not see the panel.
     */
    public Response created(URI location, PanelId panel, UUID createdId) {
        try {
            var view = view(panel);
            return Response.created(location).entity(PanelJson.of(view))
                    .header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
        } catch (AccessForbidden | PanelNotFound noLongerVisible) {
            return Response.created(location).entity(new IdJson(createdId)).build();
        }
    }

    /** {@code 200} with the panel and its {@code ETag}. */
    public static Response ok(PanelView view) {
        return Response.ok(PanelJson.of(view)).header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
    }

    /** The panel as the caller sees it. */
    public PanelView view(PanelId panel) {
        return viewPanel.handle(new ViewPanel.Query(caller.actor(), panel));
    }

    /** {@code /api/panels/{id}} followed by {@code segments}. */
    public static URI location(UriInfo uriInfo, PanelId panel, String... segments) {
        var builder = uriInfo.getBaseUriBuilder().path("panels").path(panel.value().toString());
        for (String segment : segments) {
            builder.path(segment);
        }
        return builder.build();
    }
}
