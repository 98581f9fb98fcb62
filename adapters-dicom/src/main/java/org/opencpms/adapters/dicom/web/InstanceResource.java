package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.opencpms.application.imaging.ArchivedInstance;

/**
 * One instance of a study the caller may see ({@code .../instances/{instance}}): WADO-RS of its Part 10 file, its
 * metadata, its frames ({@code /frames/1,2}: one part each, 404 for a frame it does not have) and a rendering of a
 * frame ({@code /rendered}: the first; {@code /frames/{n}/rendered}) as JPEG or PNG.
 */
public final class InstanceResource {

    private final ArchivedInstance instance;

    InstanceResource(ArchivedInstance instance) {
        this.instance = instance;
    }

    @GET
    public Response retrieve() {
        return MultipartWriter.response(Stow.DICOM, List.of(() -> instance.bytes().open()));
    }

    @GET
    @Path("metadata")
    public Response metadata() {
        return Response.ok(DicomJson.array(List.of(StoredInstance.header(instance))), DicomJson.MEDIA_TYPE).build();
    }

    @GET
    @Path("frames/{frames}")
    public Response frames(@PathParam("frames") String numbers) {
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
    public Response rendered(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return renderedFrame("1", accept);
    }

    @GET
    @Path("frames/{frame}/rendered")
    public Response renderedFrame(@PathParam("frame") String number, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String type = Rendering.negotiated(accept);
        return frameNumber(number).flatMap(n -> Rendering.of(StoredInstance.decompressed(instance), n, type))
                .map(image -> Response.ok(image, type).build()).orElseGet(() -> StudyResource.notFound("frame"));
    }

    private static java.util.Optional<Integer> frameNumber(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
