package org.opencpms.adapters.persistence.panel;

import static org.opencpms.adapters.persistence.panel.Fields.JSON;
import static org.opencpms.adapters.persistence.panel.Fields.array;
import static org.opencpms.adapters.persistence.panel.Fields.instant;
import static org.opencpms.adapters.persistence.panel.Fields.list;
import static org.opencpms.adapters.persistence.panel.Fields.object;
import static org.opencpms.adapters.persistence.panel.Fields.optional;
import static org.opencpms.adapters.persistence.panel.Fields.optionalString;
import static org.opencpms.adapters.persistence.panel.Fields.user;
import static org.opencpms.adapters.persistence.panel.Fields.uuid;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;

/**
 * The JSON document stored in {@code panel.document}: every part of a {@link PanelSnapshot} except
 * its version (which is the row's), so that {@code fromJson(toJson(s), s.version())} equals {@code s}.
 *
 * <p>Format: an envelope {@code {"type":"panel","version":1,...}} (stable type name and format
 * version) followed by the snapshot's fields; each nested part is written and read by its {@link Part}
 * ({@link #PARTS} names them all). Reading a document of another type or version fails rather than
 * guessing; a future format change bumps {@link #VERSION} and reads both.
 */
final class PanelDocument {

    /** The stable type name of the document. */
    static final String TYPE = "panel";
    /** The version of the document format. */
    static final int VERSION = 1;

    /** Every part a panel document holds, each under its stable name. */
    static final List<Part<?>> PARTS = Stream.of(FormParts.ALL, TimelineParts.ALL, WorkParts.ALL, OutcomeParts.ALL)
            .flatMap(List::stream).toList();

    private PanelDocument() {
    }

    static String toJson(PanelSnapshot s) {
        return object()
                .add("type", TYPE)
                .add("version", VERSION)
                .add("id", s.id().toString())
                .add("patient", s.patient().toString())
                .add("patientCentre", s.patientCentre().toString())
                .add("leadErn", s.leadErn().name())
                .add("lead", s.lead().toString())
                .add("draftedBy", s.draftedBy().toString())
                .add("draftedAt", s.draftedAt().toString())
                .add("copiedFrom", optional(s.copiedFrom()))
                .add("state", s.state().name())
                .add("form", FormParts.FORM.write(s.form()))
                .add("deadline", optional(s.deadline()))
                .add("history", array(s.history(), TimelineParts.TRANSITION))
                .add("forwardings", array(s.forwardings(), TimelineParts.FORWARDING))
                .add("handovers", array(s.handovers(), TimelineParts.HANDOVER))
                .add("invitations", array(s.invitations(), TimelineParts.INVITATION))
                .add("comments", array(s.comments(), TimelineParts.COMMENT))
                .add("dataRequests", array(s.dataRequests(), WorkParts.DATA_REQUEST))
                .add("contributions", array(s.contributions(), WorkParts.CONTRIBUTION))
                .add("meetings", array(s.meetings(), WorkParts.MEETING))
                .add("outcome", optional(s.outcome(), OutcomeParts.OUTCOME))
                .add("usefulness", optional(s.usefulness(), OutcomeParts.USEFULNESS))
                .build().toString();
    }

    /**
     * The snapshot a document describes, at {@code version}.
     *
     * @throws IllegalStateException if the document is not a panel document of format {@value #VERSION}
     */
    static PanelSnapshot fromJson(String json, long version) {
        JsonObject d;
        try (var reader = JSON.createReader(new StringReader(json))) {
            d = reader.readObject();
        }
        if (!TYPE.equals(d.getString("type", null)) || d.getInt("version", 0) != VERSION) {
            throw new IllegalStateException("not a panel document of version " + VERSION + ": type " + d.get("type")
                    + ", version " + d.get("version"));
        }
        return new PanelSnapshot(
                new PanelId(uuid(d, "id")),
                new PatientId(uuid(d, "patient")),
                new ProviderId(uuid(d, "patientCentre")),
                Ern.valueOf(d.getString("leadErn")),
                user(d, "lead"),
                user(d, "draftedBy"),
                instant(d, "draftedAt"),
                optionalString(d, "copiedFrom").map(PanelId::of),
                PanelState.valueOf(d.getString("state")),
                FormParts.FORM.read(d.getJsonObject("form")),
                optionalString(d, "deadline").map(Instant::parse),
                list(d, "history", TimelineParts.TRANSITION),
                list(d, "forwardings", TimelineParts.FORWARDING),
                list(d, "handovers", TimelineParts.HANDOVER),
                list(d, "invitations", TimelineParts.INVITATION),
                list(d, "comments", TimelineParts.COMMENT),
                list(d, "dataRequests", WorkParts.DATA_REQUEST),
                list(d, "contributions", WorkParts.CONTRIBUTION),
                list(d, "meetings", WorkParts.MEETING),
                optional(d, "outcome", OutcomeParts.OUTCOME),
                optional(d, "usefulness", OutcomeParts.USEFULNESS),
                version);
    }
}
