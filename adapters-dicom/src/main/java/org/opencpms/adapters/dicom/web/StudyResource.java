package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.AttributeList;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.opencpms.application.imaging.ArchivedInstance;
import org.opencpms.application.imaging.ArchivedStudy;

/**
 * One study ({@code /studies/{study}}), or one of its series ({@code /series/{series}}): WADO-RS of its instances as
 * Part 10 files in one {@code multipart/related; type="application/dicom"} and of their metadata as DICOM JSON,
 * QIDO-RS of its series and instances, and the way into one instance ({@link InstanceResource}). The study is opened
 * only in a resource method, after the bearer authentication (JAX-RS runs it after the sub-resource locators), as the
 * caller it found; a series the study does not hold answers 404.
 */
public final class StudyResource {

    /** Opens the study as the authenticated caller of the request. */
    @FunctionalInterface
    interface Opening {
        ArchivedStudy open(SecurityContext caller);
    }

    private final Opening study;
    private final Qido qido;
    private final String series;

    StudyResource(Opening study, Qido qido) {
        this(study, qido, null);
    }

    private StudyResource(Opening study, Qido qido, String series) {
        this.study = study;
        this.qido = qido;
        this.series = series;
    }

    @GET
    public Response retrieve(@Context SecurityContext caller) {
        var instances = instances(study.open(caller));
        return instances.isEmpty() ? notFound("series") : MultipartWriter.response(Stow.DICOM, instances.stream()
                .map(i -> (MultipartWriter.Source) () -> i.bytes().open()).toList());
    }

    @GET
    @Path("metadata")
    public Response metadata(@Context SecurityContext caller) {
        var instances = instances(study.open(caller));
        return instances.isEmpty() ? notFound("series") : Response.ok(DicomJson.array(instances.stream()
                .map(StoredInstance::header).toList()), DicomJson.MEDIA_TYPE).build();
    }

    @GET
    @Path("series")
    public Response searchForSeries(@Context UriInfo uri, @Context SecurityContext caller) {
        if (series != null) {
            return notFound("series");
        }
        var opened = study.open(caller);
        return query(uri, keys -> qido.series(opened, keys));
    }

    @GET
    @Path("instances")
    public Response searchForInstances(@Context UriInfo uri, @Context SecurityContext caller) {
        var opened = study.open(caller);
        return series != null && instances(opened).isEmpty() ? notFound("series")
                : query(uri, keys -> qido.instances(opened, series, keys));
    }

    @Path("series/{series}")
    public Object series(@PathParam("series") String uid) {
        return series != null ? new Missing("series") : new StudyResource(study, qido, uid);
    }

    @Path("instances/{instance}")
    public Object instance(@PathParam("instance") String uid) {
        if (series == null) {
            return new Missing("instance");
        }
        return new InstanceResource(caller -> instances(study.open(caller)).stream()
                .filter(i -> i.uid().value().equals(uid)).findFirst());
    }

    /** The instances of the study, or of the series when this is one. */
    List<ArchivedInstance> instances(ArchivedStudy opened) {
        return series == null ? opened.instances()
                : opened.instances().stream().filter(i -> i.series().value().equals(series)).toList();
    }

    private static Response query(UriInfo uri, Function<QueryKeys, Matches> answer) {
        try {
            return answer.apply(new QueryKeys(uri.getQueryParameters())).response();
        } catch (IllegalArgumentException e) {
            return Problems.of(400, "dicomweb.bad-query", "Bad query", e.getMessage());
        }
    }

    static Response notFound(String what) {
        return Problems.of(404, "dicomweb.not-found", "Not found", "the study holds no such " + what);
    }
}
