package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opencpms.adapters.dicom.receive.InstanceReception;
import org.opencpms.adapters.dicom.receive.StoreStatus;
import org.opencpms.application.imaging.ReceiveImagingInstance.Receipt;
import org.opencpms.application.imaging.ReceivedInstance;

/**
 * STOW-RS (PS3.18 10.5): a {@code multipart/related; type="application/dicom"} body of Part 10 files, each received
 * as the C-STORE listener receives one ({@link InstanceReception}: read, checked, matched, de-identified, kept), and
 * the store response in DICOM JSON: the instances kept (pseudonymous UIDs, warning B000: attributes were coerced by
 * de-identification) and those refused (their status as Failure Reason). 200 when every instance was kept, 202 when
 * some were, 409 when none was; a body that is not such a multipart is refused whole (400, 415) and nothing is kept.
 */
final class Stow {

    static final String DICOM = "application/dicom";
    private static final int COERCED = 0xB000;

    private final InstanceReception reception;
    private final String base;

    Stow(InstanceReception reception, String base) {
        this.reception = reception;
        this.base = base;
    }

    Response store(String contentType, byte[] body, Function<ReceivedInstance, Receipt> keep) {
        if (contentType == null || !Multipart.mediaType(contentType).equals("multipart/related")
                || !Multipart.parameter(contentType, "type").map(Multipart::mediaType).orElse(DICOM).equals(DICOM)) {
            return Problems.of(415, "dicomweb.unsupported-media-type", "Unsupported media type",
                    "STOW-RS here takes multipart/related; type=\"application/dicom\" (Part 10 files)");
        }
        List<Multipart.Part> parts;
        try {
            parts = Multipart.parts(contentType, body);
        } catch (IllegalArgumentException e) {
            return Problems.of(400, "dicomweb.malformed-multipart", "Malformed multipart body", e.getMessage());
        }
        if (parts.isEmpty()) {
            return Problems.of(400, "dicomweb.no-instance", "No instance", "the body holds no part");
        }
        var outcomes = new ArrayList<InstanceReception.Outcome>();
        for (var part : parts) {
            outcomes.add(part.type().equals(DICOM) ? reception.receiveFile(keep, part.bytes())
                    : new InstanceReception.Outcome(StoreStatus.CANNOT_UNDERSTAND, "a part is not application/dicom"));
        }
        long kept = outcomes.stream().filter(o -> o.status() == StoreStatus.SUCCESS).count();
        int status = kept == outcomes.size() ? 200 : kept > 0 ? 202 : 409;
        return Response.status(status).type(DicomJson.MEDIA_TYPE).entity(DicomJson.of(answer(outcomes)).toString()).build();
    }

    private AttributeList answer(List<InstanceReception.Outcome> outcomes) {
        var referenced = new SequenceAttribute(TagFromName.ReferencedSOPSequence);
        var failed = new SequenceAttribute(DicomJson.FAILED_SOP_SEQUENCE);
        var studies = new java.util.TreeSet<String>();
        for (var outcome : outcomes) {
            var item = new AttributeList();
            if (!outcome.sopClassUid().isEmpty()) {
                DicomJson.put(item, TagFromName.ReferencedSOPClassUID, outcome.sopClassUid());
            }
            if (!outcome.instanceUid().isEmpty()) {
                DicomJson.put(item, TagFromName.ReferencedSOPInstanceUID, outcome.instanceUid());
            }
            if (outcome.status() == StoreStatus.SUCCESS) {
                DicomJson.putNumber(item, DicomJson.WARNING_REASON, COERCED);
                referenced.addItem(item);
                studies.add(outcome.studyUid());
            } else {
                DicomJson.putNumber(item, DicomJson.FAILURE_REASON, outcome.status().code());
                failed.addItem(item);
            }
        }
        var answer = new AttributeList();
        if (studies.size() == 1) {
            DicomJson.putUrl(answer, base + "studies/" + studies.first());
        }
        if (referenced.getNumberOfItems() > 0) {
            answer.put(referenced);
        }
        if (failed.getNumberOfItems() > 0) {
            answer.put(failed);
        }
        return answer;
    }
}
