package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.AttributeList;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One page of QIDO-RS results ({@code offset}, {@code limit}) and whether more matched after it: the answer then
 * carries the warning PS3.18 8.3.4.4 asks for ({@code Warning: 299 <service>: There are additional results that
 * can be requested}), so that a client knows to ask for the next page.
 */
record Matches(List<AttributeList> page, boolean more) {

    static final String MORE = "299 opencpms: There are additional results that can be requested";

    Matches {
        page = List.copyOf(page);
    }

    /** The page of {@code all} that the keys ask for. */
    static Matches of(List<AttributeList> all, QueryKeys keys) {
        var page = all.stream().skip(keys.offset).limit(keys.limit).toList();
        return new Matches(page, keys.offset + (long) page.size() < all.size());
    }

    /** {@code 200} with the page as DICOM JSON, and the warning when more matched. */
    Response response() {
        var answer = Response.ok(DicomJson.array(page), DicomJson.MEDIA_TYPE);
        return (more ? answer.header("Warning", MORE) : answer).build();
    }
}
