package org.opencpms.adapters.rest.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.application.panel.NamePanelPeople;
import org.opencpms.application.panel.PanelItem;
import org.opencpms.application.panel.PanelView;
import org.opencpms.application.panel.RenderedDocument;
import org.opencpms.domain.shared.PanelId;

/**
 * How the panel endpoints answer: with the panel as the caller now sees it, the display names of the people it
 * mentions ({@link NamePanelPeople}), and its version as {@code ETag}, so that a client can chain changes with
 * {@code If-Match}. A change answers the view its use case returned, made in the change's own transaction; the edge
 * never reads the panel again (only the names, after the change). Injected into the resources that answer a panel;
 * the answers of an item, a document and a location need no names and are static.
 *
 * <p>A change can take the panel out of the caller's sight (an invitee who declines, a coordinator who forwards the
 * panel to another ERN): the use case then returns no view, and the answer is {@code 204 No Content}.
 */
@ApplicationScoped
public class PanelReplies {

    private final NamePanelPeople names;

    /** For CDI's proxy, which needs a no-argument constructor; CDI builds instances with the injecting one. */
    protected PanelReplies() {
        this(null);
    }

    @Inject
    public PanelReplies(NamePanelPeople names) {
        this.names = names;
    }

    /** {@code 200} with the panel as it is after a change and its {@code ETag}; {@code 204} if the caller no longer sees it. */
    public Response changed(Optional<PanelView> panel) {
        return panel.map(this::ok).orElseGet(() -> Response.noContent().build());
    }

    /**
     * {@code 201 Created} at {@code location} with the panel after the change that created something in (or as) it
     * and its {@code ETag}; with only {@code createdId} should the caller not see the panel.
     */
    public Response created(URI location, Optional<PanelView> panel, UUID createdId) {
        return panel.map(view -> Response.created(location).entity(json(view))
                        .header(HttpHeaders.ETAG, IfMatch.etag(view.version())))
                .orElseGet(() -> Response.created(location).entity(new IdJson(createdId)))
                .build();
    }

    /** {@code 200} with the panel and its {@code ETag}. */
    public Response ok(PanelView view) {
        return Response.ok(json(view)).header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
    }

    private PanelJson json(PanelView view) {
        return PanelJson.of(view, names.handle(view));
    }

    /** {@code 200} with one item of the panel (a meeting, a data request) and the panel's {@code ETag}. */
    public static <T> Response item(PanelItem<T> item, Function<T, ?> json) {
        return Response.ok(json.apply(item.item())).header(HttpHeaders.ETAG, IfMatch.etag(item.panelVersion())).build();
    }

    /**
     * {@code 200} with a printed document of the panel, to be shown in the browser ({@code inline}) and saved under
     * its file name (the patient's nickname and the document's kind only).
     */
    public static Response document(RenderedDocument document) {
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"")
                .build();
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
