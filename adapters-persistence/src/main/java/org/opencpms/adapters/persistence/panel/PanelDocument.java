package org.opencpms.adapters.persistence.panel;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Contribution;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.panel.DataAnswer;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.Forwarding;
import org.opencpms.domain.panel.Handover;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingStatus;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.OutcomeReview;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;

/**
 * Converts a {@link PanelSnapshot} to the JSON document stored in {@code panel.document} and back,
 * field by field: every part of the snapshot except its version (which is the row's) is written, so
 * that {@code fromJson(toJson(s), s.version())} equals {@code s}.
 *
 * <p>Format ({@value #FORMAT}): ids are UUID strings, instants ISO-8601 UTC with their full
 * precision, durations ISO-8601, enums by name, an absent optional value is JSON {@code null}, a
 * set of users is a sorted array, the custom data an object with sorted keys. Reading a document of
 * another format fails rather than guessing.
 */
final class PanelDocument {

    /** The version of the document format; a future format change bumps it and reads both. */
    static final int FORMAT = 1;

    /** Looked up once: {@code jakarta.json.Json}'s static methods look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private PanelDocument() {
    }

    // ---------------------------------------------------------------- writing

    static String toJson(PanelSnapshot s) {
        JsonObject document = JSON.createObjectBuilder()
                .add("format", FORMAT)
                .add("id", s.id().toString())
                .add("patient", s.patient().toString())
                .add("patientCentre", s.patientCentre().toString())
                .add("leadErn", s.leadErn().name())
                .add("lead", s.lead().toString())
                .add("draftedBy", s.draftedBy().toString())
                .add("draftedAt", s.draftedAt().toString())
                .add("copiedFrom", optional(s.copiedFrom().map(PanelId::toString)))
                .add("state", s.state().name())
                .add("form", form(s.form()))
                .add("deadline", optional(s.deadline().map(Instant::toString)))
                .add("history", array(s.history(), PanelDocument::transition))
                .add("forwardings", array(s.forwardings(), PanelDocument::forwarding))
                .add("handovers", array(s.handovers(), PanelDocument::handover))
                .add("invitations", array(s.invitations(), PanelDocument::invitation))
                .add("comments", array(s.comments(), PanelDocument::comment))
                .add("dataRequests", array(s.dataRequests(), PanelDocument::dataRequest))
                .add("contributions", array(s.contributions(), PanelDocument::contribution))
                .add("meetings", array(s.meetings(), PanelDocument::meeting))
                .add("outcome", optional(s.outcome().map(PanelDocument::outcome)))
                .add("usefulness", optional(s.usefulness().map(PanelDocument::usefulness)))
                .build();
        var out = new StringWriter();
        try (var writer = JSON.createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toString();
    }

    private static JsonObject form(ConsultationForm f) {
        JsonObjectBuilder customData = JSON.createObjectBuilder();
        new TreeMap<>(f.customData()).forEach(customData::add);
        return JSON.createObjectBuilder()
                .add("reasonForRequest", f.reasonForRequest())
                .add("clinicalQuestion", f.clinicalQuestion())
                .add("urgent", f.urgent())
                .add("sections", array(f.sections(), s -> JSON.createObjectBuilder()
                        .add("kind", s.kind().name())
                        .add("text", s.text()).build()))
                .add("diagnoses", array(f.diagnoses(), PanelDocument::codedEntry))
                .add("phenotypes", array(f.phenotypes(), PanelDocument::codedEntry))
                .add("customData", customData)
                .add("attachments", array(f.attachments(), PanelDocument::attachment))
                .add("pedigree", optional(f.pedigree().map(PanelDocument::attachment)))
                .build();
    }

    private static JsonObject codedEntry(CodedEntry e) {
        return JSON.createObjectBuilder()
                .add("system", e.system().name())
                .add("code", e.code())
                .add("display", e.display())
                .build();
    }

    private static JsonObject attachment(Attachment a) {
        return JSON.createObjectBuilder()
                .add("kind", a.kind().name())
                .add("reference", a.reference())
                .add("title", a.title())
                .add("mediaType", a.mediaType())
                .build();
    }

    private static JsonObject transition(Transition t) {
        return JSON.createObjectBuilder()
                .add("from", t.from().name())
                .add("to", t.to().name())
                .add("by", t.by().toString())
                .add("at", t.at().toString())
                .add("reason", t.reason())
                .build();
    }

    private static JsonObject forwarding(Forwarding f) {
        return JSON.createObjectBuilder()
                .add("from", f.from().name())
                .add("to", f.to().name())
                .add("by", f.by().toString())
                .add("reason", f.reason())
                .add("at", f.at().toString())
                .build();
    }

    private static JsonObject handover(Handover h) {
        return JSON.createObjectBuilder()
                .add("from", h.from().toString())
                .add("to", h.to().toString())
                .add("by", h.by().toString())
                .add("at", h.at().toString())
                .build();
    }

    private static JsonObject invitation(Invitation i) {
        return JSON.createObjectBuilder()
                .add("invitee", i.invitee().toString())
                .add("kind", i.kind().name())
                .add("invitedBy", i.invitedBy().toString())
                .add("invitedAt", i.invitedAt().toString())
                .add("status", i.status().name())
                .add("answeredAt", optional(i.answeredAt().map(Instant::toString)))
                .build();
    }

    private static JsonObject comment(TimelineComment c) {
        return JSON.createObjectBuilder()
                .add("author", c.author().toString())
                .add("text", c.text())
                .add("at", c.at().toString())
                .build();
    }

    private static JsonObject dataRequest(DataRequest r) {
        return JSON.createObjectBuilder()
                .add("id", r.id().toString())
                .add("requestedBy", r.requestedBy().toString())
                .add("text", r.text())
                .add("requestedAt", r.requestedAt().toString())
                .add("answer", optional(r.answer().map(PanelDocument::dataAnswer)))
                .build();
    }

    private static JsonObject dataAnswer(DataAnswer a) {
        return JSON.createObjectBuilder()
                .add("answeredBy", a.answeredBy().toString())
                .add("text", a.text())
                .add("attachments", array(a.attachments(), PanelDocument::attachment))
                .add("answeredAt", a.answeredAt().toString())
                .build();
    }

    private static JsonObject contribution(Contribution c) {
        return JSON.createObjectBuilder()
                .add("author", c.author().toString())
                .add("text", c.text())
                .add("recordedAt", c.recordedAt().toString())
                .add("updatedAt", c.updatedAt().toString())
                .add("comments", array(c.comments(), k -> JSON.createObjectBuilder()
                        .add("author", k.author().toString())
                        .add("text", k.text())
                        .add("at", k.at().toString()).build()))
                .build();
    }

    private static JsonObject meeting(Meeting m) {
        return JSON.createObjectBuilder()
                .add("id", m.id().toString())
                .add("scheduledBy", m.scheduledBy().toString())
                .add("start", m.start().toString())
                .add("duration", m.duration().toString())
                .add("attendees", array(m.attendees().stream().map(UserId::toString).sorted().toList(), JSON::createValue))
                .add("videoLink", m.videoLink().toString())
                .add("status", m.status().name())
                .add("recording", optional(m.recording()))
                .build();
    }

    private static JsonObject outcome(Outcome o) {
        return JSON.createObjectBuilder()
                .add("conclusion", o.conclusion())
                .add("recommendations", o.recommendations())
                .add("treatmentPlan", o.treatmentPlan())
                .add("draftedBy", o.draftedBy().toString())
                .add("draftedAt", o.draftedAt().toString())
                .add("reviews", array(o.reviews(), r -> JSON.createObjectBuilder()
                        .add("reviewer", r.reviewer().toString())
                        .add("agreement", r.agreement().name())
                        .add("comment", r.comment())
                        .add("at", r.at().toString()).build()))
                .add("finalisedAt", optional(o.finalisedAt().map(Instant::toString)))
                .build();
    }

    private static JsonObject usefulness(Usefulness u) {
        return JSON.createObjectBuilder()
                .add("rating", u.rating())
                .add("ratedBy", u.ratedBy().toString())
                .add("ratedAt", u.ratedAt().toString())
                .build();
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, ? extends JsonValue> write) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(item -> array.add(write.apply(item)));
        return array;
    }

    private static JsonValue optional(Optional<?> value) {
        return value.<JsonValue>map(v -> v instanceof JsonValue json ? json : JSON.createValue((String) v))
                .orElse(JsonValue.NULL);
    }

    // ---------------------------------------------------------------- reading

    /**
     * The snapshot a document describes, at {@code version}.
     *
     * @throws IllegalStateException if the document is not of format {@value #FORMAT}
     */
    static PanelSnapshot fromJson(String json, long version) {
        JsonObject d;
        try (var reader = JSON.createReader(new StringReader(json))) {
            d = reader.readObject();
        }
        int format = d.getInt("format");
        if (format != FORMAT) {
            throw new IllegalStateException("panel document of format " + format + ", expected " + FORMAT);
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
                readForm(d.getJsonObject("form")),
                optionalString(d, "deadline").map(Instant::parse),
                list(d, "history", PanelDocument::readTransition),
                list(d, "forwardings", PanelDocument::readForwarding),
                list(d, "handovers", PanelDocument::readHandover),
                list(d, "invitations", PanelDocument::readInvitation),
                list(d, "comments", PanelDocument::readComment),
                list(d, "dataRequests", PanelDocument::readDataRequest),
                list(d, "contributions", PanelDocument::readContribution),
                list(d, "meetings", PanelDocument::readMeeting),
                optionalObject(d, "outcome").map(PanelDocument::readOutcome),
                optionalObject(d, "usefulness").map(PanelDocument::readUsefulness),
                version);
    }

    private static ConsultationForm readForm(JsonObject f) {
        Map<String, String> customData = f.getJsonObject("customData").keySet().stream()
                .collect(Collectors.toMap(Function.identity(), key -> f.getJsonObject("customData").getString(key)));
        return new ConsultationForm(
                f.getString("reasonForRequest"),
                f.getString("clinicalQuestion"),
                f.getBoolean("urgent"),
                list(f, "sections", s -> new ClinicalSection(SectionKind.valueOf(s.getString("kind")), s.getString("text"))),
                list(f, "diagnoses", PanelDocument::readCodedEntry),
                list(f, "phenotypes", PanelDocument::readCodedEntry),
                customData,
                list(f, "attachments", PanelDocument::readAttachment),
                optionalObject(f, "pedigree").map(PanelDocument::readAttachment));
    }

    private static CodedEntry readCodedEntry(JsonObject e) {
        return new CodedEntry(CodingSystem.valueOf(e.getString("system")), e.getString("code"), e.getString("display"));
    }

    private static Attachment readAttachment(JsonObject a) {
        return new Attachment(AttachmentKind.valueOf(a.getString("kind")), a.getString("reference"), a.getString("title"),
                a.getString("mediaType"));
    }

    private static Transition readTransition(JsonObject t) {
        return new Transition(PanelState.valueOf(t.getString("from")), PanelState.valueOf(t.getString("to")), user(t, "by"),
                instant(t, "at"), t.getString("reason"));
    }

    private static Forwarding readForwarding(JsonObject f) {
        return new Forwarding(Ern.valueOf(f.getString("from")), Ern.valueOf(f.getString("to")), user(f, "by"),
                f.getString("reason"), instant(f, "at"));
    }

    private static Handover readHandover(JsonObject h) {
        return new Handover(user(h, "from"), user(h, "to"), user(h, "by"), instant(h, "at"));
    }

    private static Invitation readInvitation(JsonObject i) {
        return new Invitation(user(i, "invitee"), InvitationKind.valueOf(i.getString("kind")), user(i, "invitedBy"),
                instant(i, "invitedAt"), InvitationStatus.valueOf(i.getString("status")),
                optionalString(i, "answeredAt").map(Instant::parse));
    }

    private static TimelineComment readComment(JsonObject c) {
        return new TimelineComment(user(c, "author"), c.getString("text"), instant(c, "at"));
    }

    private static DataRequest readDataRequest(JsonObject r) {
        return new DataRequest(new DataRequestId(uuid(r, "id")), user(r, "requestedBy"), r.getString("text"),
                instant(r, "requestedAt"), optionalObject(r, "answer").map(a -> new DataAnswer(user(a, "answeredBy"),
                        a.getString("text"), list(a, "attachments", PanelDocument::readAttachment), instant(a, "answeredAt"))));
    }

    private static Contribution readContribution(JsonObject c) {
        return new Contribution(user(c, "author"), c.getString("text"), instant(c, "recordedAt"), instant(c, "updatedAt"),
                list(c, "comments", k -> new ContributionComment(user(k, "author"), k.getString("text"), instant(k, "at"))));
    }

    private static Meeting readMeeting(JsonObject m) {
        return new Meeting(new MeetingId(uuid(m, "id")), user(m, "scheduledBy"), instant(m, "start"),
                Duration.parse(m.getString("duration")),
                m.getJsonArray("attendees").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(a -> UserId.of(a.getString())).collect(Collectors.toSet()),
                VideoLink.of(m.getString("videoLink")), MeetingStatus.valueOf(m.getString("status")),
                optionalString(m, "recording"));
    }

    private static Outcome readOutcome(JsonObject o) {
        return new Outcome(o.getString("conclusion"), o.getString("recommendations"), o.getString("treatmentPlan"),
                user(o, "draftedBy"), instant(o, "draftedAt"),
                list(o, "reviews", r -> new OutcomeReview(user(r, "reviewer"), Agreement.valueOf(r.getString("agreement")),
                        r.getString("comment"), instant(r, "at"))),
                optionalString(o, "finalisedAt").map(Instant::parse));
    }

    private static Usefulness readUsefulness(JsonObject u) {
        return new Usefulness(u.getInt("rating"), user(u, "ratedBy"), instant(u, "ratedAt"));
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> read) {
        JsonArray array = o.getJsonArray(key);
        return array.getValuesAs(JsonObject.class).stream().map(read).toList();
    }

    private static Optional<String> optionalString(JsonObject o, String key) {
        return o.isNull(key) ? Optional.empty() : Optional.of(o.getString(key));
    }

    private static Optional<JsonObject> optionalObject(JsonObject o, String key) {
        return o.isNull(key) ? Optional.empty() : Optional.of(o.getJsonObject(key));
    }

    private static UUID uuid(JsonObject o, String key) {
        return UUID.fromString(o.getString(key));
    }

    private static UserId user(JsonObject o, String key) {
        return new UserId(uuid(o, key));
    }

    private static Instant instant(JsonObject o, String key) {
        return Instant.parse(o.getString(key));
    }
}
