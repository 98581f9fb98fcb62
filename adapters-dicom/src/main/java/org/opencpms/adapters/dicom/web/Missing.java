package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A series or instance that the (visible) study does not hold: 404 at its path and below. */
public final class Missing {

    private final String what;

    Missing(String what) {
        this.what = what;
    }

    @GET
    public Response here() {
        return StudyResource.notFound(what);
    }

    @GET
    @Path("{below: .+}")
    public Response below() {
        return here();
    }
}
