package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.core.Response;
import javax.json.Json;

/**
 * RFC 9457 {@code application/problem+json} answers for what this service refuses itself (a body that is not a
 * multipart/related of DICOM files, a frame or rendering we cannot give), in the shape the REST API uses: a stable
 * {@code code} names each. Failures of the use cases reach the REST adapter's mappers instead.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static Response of(int status, String code, String title, String detail) {
        var problem = Json.createObjectBuilder().add("type", "https://opencpms.org/problems/" + code).add("title", title)
                .add("status", status).add("detail", detail).add("code", code).build();
        return Response.status(status).type(MEDIA_TYPE).entity(problem.toString()).build();
    }
}
