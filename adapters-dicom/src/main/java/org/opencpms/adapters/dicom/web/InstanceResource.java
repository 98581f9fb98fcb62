package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opencpms.application.imaging.ArchivedInstance;

/**
 * One instance of a study the caller may see ({@code .../instances/{instance}}): WADO-RS of its Part 10 file, its
 * metadata, its frames ({@code /frames/1,2}: one part each, 404 for a frame it does not have) and a rendering of a
 * frame ({@code /rendered}: the first; {@code /frames/{n}/rendered}) as JPEG or PNG.
 */
public final class InstanceResource {

    private final Function<SecurityContext, Optional<ArchivedInstance>> opening;

    /** @param opening finds the instance in its study, opened as the authenticated caller */
    InstanceResource(Function<SecurityContext, Optional<ArchivedInstance>> opening) {
        this.opening = opening;
    }

    @GET
    public Response retrieve(@Context SecurityContext caller) {
        return opening.apply(caller).map(instance -> MultipartWriter.response(Stow.DICOM,
                List.<MultipartWriter.Source>of(() -> instance.bytes().open()))).orElseGet(InstanceResource::missing);
    }

    @GET
    @Path("metadata")
    public Response metadata(@Context SecurityContext caller) {
        return opening.apply(caller).map(instance -> Response.ok(DicomJson.array(List.of(StoredInstance.header(instance))),
                DicomJson.MEDIA_TYPE).build()).orElseGet(InstanceResource::missing);
    }

    @GET
    @Path("frames/{frames}")
    public Response frames(@PathParam("frames") String numbers, @Context SecurityContext caller) {
        var found = opening.apply(caller);
        if (found.isEmpty()) {
            return missing();
        }
        var instance = found.get();
        var frames = new Frames(StoredInstance.whole(instance), StoredInstance.transferSyntax(instance));
        var parts = new ArrayList<MultipartWriter.Source>();
        for (String number : numbers.split(",")) {
            var frame = frameNumber(number).flatMap(frames::frame);
            if (frame.isEmpty()) {
                return StudyResource.notFound("frame");
            }
            parts.add(() -> new ByteArrayInputStream(frame.get()));
        }
        return MultipartWriter.response(frames.mediaType(), parts);
    }

    @GET
    @Path("rendered")
    public Response rendered(@HeaderParam(HttpHeaders.ACCEPT) String accept, @Context SecurityContext caller) {
        return renderedFrame("1", accept, caller);
    }

    @GET
    @Path("frames/{frame}/rendered")
    public Response renderedFrame(@PathParam("frame") String number, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                                  @Context SecurityContext caller) {
        var found = opening.apply(caller);
        if (found.isEmpty()) {
            return missing();
        }
        String type = Rendering.negotiated(accept);
        return frameNumber(number).flatMap(n -> Rendering.of(StoredInstance.decompressed(found.get()), n, type))
                .map(image -> Response.ok(image, type).build()).orElseGet(() -> StudyResource.notFound("frame"));
    }

    private static Response missing() {
        return StudyResource.notFound("instance");
    }

    private static java.util.Optional<Integer> frameNumber(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
