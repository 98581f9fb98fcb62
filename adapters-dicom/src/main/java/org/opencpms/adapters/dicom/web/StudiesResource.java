package org.opencpms.adapters.dicom.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.opencpms.adapters.dicom.DicomConfiguration;
import org.opencpms.application.imaging.ArchivedStudy;
import org.opencpms.application.imaging.ReadImagingStudy;
import org.opencpms.application.imaging.SearchImagingStudies;
import org.opencpms.application.imaging.StoreImagingInstance;
import org.opencpms.domain.imaging.ImagingUploadForbidden;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.imaging.StudyNotFound;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.user.Actor;

/**
 * {@code /dicomweb/studies}: QIDO-RS for studies, STOW-RS, and the way into one study ({@link StudyResource}) for
 * WADO-RS and QIDO-RS within it. Every call goes through a use case as the caller; a study they may not see answers
 * 404 exactly as one that does not exist.
 */
@Path("studies")
@RequestScoped
public class StudiesResource {

    private final ReadImagingStudy read;
    private final SearchImagingStudies search;
    private final StoreImagingInstance store;
    private final DicomConfiguration configuration;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public StudiesResource() {
        this(null, null, null, null);
    }

    @Inject
    public StudiesResource(ReadImagingStudy read, SearchImagingStudies search, StoreImagingInstance store,
                           DicomConfiguration configuration) {
        this.read = read;
        this.search = search;
        this.store = store;
        this.configuration = configuration;
    }

    @GET
    public Response searchForStudies(@Context UriInfo uri, @Context SecurityContext security) {
        QueryKeys keys;
        try {
            keys = new QueryKeys(uri.getQueryParameters());
        } catch (IllegalArgumentException e) {
            return Problems.of(400, "dicomweb.bad-query", "Bad query", e.getMessage());
        }
        var found = Viewers.of(security).map(actor -> visible(actor, uri.getQueryParameters().get("StudyInstanceUID")))
                .orElse(List.of());
        return new Qido(base(uri)).studies(found, keys).response();
    }

    /**
     * The studies the actor finds by searching, and those named by UID in the query that they may open (a panel
     * manager's, who sees panels without taking part in them).
     */
    private List<ArchivedStudy> visible(Actor actor, List<String> named) {
        var found = new ArrayList<>(search.handle(new SearchImagingStudies.Query(actor)));
        var known = found.stream().map(s -> s.study().uid().value()).collect(Collectors.toSet());
        for (String uid : named == null ? List.<String>of() : named.stream().flatMap(v -> Arrays.stream(v.split("[,\\\\]")))
                .map(String::strip).filter(v -> !v.isEmpty() && !known.contains(v)).toList()) {
            try {
                found.add(read.handle(new ReadImagingStudy.Query(actor, new StudyInstanceUid(uid))));
            } catch (StudyNotFound | InvalidValue e) {
                // not a study this caller may see: it matches nothing
            }
        }
        return found;
    }

    @POST
    public Response storeInstances(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body,
                                   @Context UriInfo uri, @Context SecurityContext security) throws IOException {
        var actor = Viewers.of(security).orElseThrow(ImagingUploadForbidden::new);
        long limit = configuration.listenerSettings().maxDataSetBytes();
        var bytes = BoundedBody.read(body, contentLength, limit);
        if (bytes.isEmpty()) {
            return BoundedBody.tooLarge(limit);
        }
        return new Stow(configuration.reception(), base(uri)).store(contentType, bytes.get(),
                instance -> store.handle(new StoreImagingInstance.Command(actor, instance)));
    }

    /** The study is opened in its resource's methods, which JAX-RS runs after the authentication, never here. */
    @Path("{study}")
    public StudyResource study(@PathParam("study") String uid, @Context UriInfo uri) {
        return new StudyResource(caller -> {
            var study = new StudyInstanceUid(uid);
            var actor = Viewers.of(caller).orElseThrow(() -> new StudyNotFound(study));
            return read.handle(new ReadImagingStudy.Query(actor, study));
        }, new Qido(base(uri)));
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString().endsWith("/") ? uri.getBaseUri().toString() : uri.getBaseUri() + "/";
    }
}
