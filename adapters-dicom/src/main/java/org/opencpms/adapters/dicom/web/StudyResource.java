package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.opencpms.application.imaging.ArchivedInstance;
import org.opencpms.application.imaging.ArchivedStudy;

/**
 * One study the caller may see ({@code /studies/{study}}), and its series ({@code /series/{series}}): WADO-RS of
 * all its instances as Part 10 files in one {@code multipart/related; type="application/dicom"} and of their
 * metadata as DICOM JSON, QIDO-RS of its series and instances, and the way into one instance
 * ({@link InstanceResource}). A series the study does not hold answers 404.
 */
public final class StudyResource {

    private final ArchivedStudy study;
    private final Qido qido;
    private final List<ArchivedInstance> instances;
    private final String series;

    StudyResource(ArchivedStudy study, Qido qido) {
        this(study, qido, study.instances(), null);
    }

    private StudyResource(ArchivedStudy study, Qido qido, List<ArchivedInstance> instances, String series) {
        this.study = study;
        this.qido = qido;
        this.instances = instances;
        this.series = series;
    }

    @GET
    public Response retrieve() {
        return MultipartWriter.response(Stow.DICOM, instances.stream()
                .map(i -> (MultipartWriter.Source) () -> i.bytes().open()).toList());
    }

    @GET
    @Path("metadata")
    public Response metadata() {
        return Response.ok(DicomJson.array(instances.stream().map(StoredInstance::header).toList()), DicomJson.MEDIA_TYPE)
                .build();
    }

    @GET
    @Path("series")
    public Response searchForSeries(@Context UriInfo uri) {
        return series != null ? notFound("series") : query(uri, keys -> qido.series(study, keys));
    }

    @GET
    @Path("instances")
    public Response searchForInstances(@Context UriInfo uri) {
        return query(uri, keys -> qido.instances(study, series, keys));
    }

    @Path("series/{series}")
    public Object series(@PathParam("series") String uid) {
        var of = instances.stream().filter(i -> i.series().value().equals(uid)).toList();
        return series != null || of.isEmpty() ? new Missing("series") : new StudyResource(study, qido, of, uid);
    }

    @Path("instances/{instance}")
    public Object instance(@PathParam("instance") String uid) {
        if (series == null) {
            return new Missing("instance");
        }
        return instances.stream().filter(i -> i.uid().value().equals(uid)).findFirst()
                .<Object>map(InstanceResource::new).orElseGet(() -> new Missing("instance"));
    }

    private static Response query(UriInfo uri, Function<QueryKeys, List<com.pixelmed.dicom.AttributeList>> answer) {
        try {
            return Response.ok(DicomJson.array(answer.apply(new QueryKeys(uri.getQueryParameters()))), DicomJson.MEDIA_TYPE)
                    .build();
        } catch (IllegalArgumentException e) {
            return Problems.of(400, "dicomweb.bad-query", "Bad query", e.getMessage());
        }
    }

    static Response notFound(String what) {
        return Problems.of(404, "dicomweb.not-found", "Not found", "the study holds no such " + what);
    }
}
