package org.opencpms.adapters.persistence.panel;

import static org.opencpms.adapters.persistence.panel.Fields.array;
import static org.opencpms.adapters.persistence.panel.Fields.instant;
import static org.opencpms.adapters.persistence.panel.Fields.list;
import static org.opencpms.adapters.persistence.panel.Fields.object;
import static org.opencpms.adapters.persistence.panel.Fields.optional;
import static org.opencpms.adapters.persistence.panel.Fields.optionalString;
import static org.opencpms.adapters.persistence.panel.Fields.strings;
import static org.opencpms.adapters.persistence.panel.Fields.user;
import static org.opencpms.adapters.persistence.panel.Fields.uuid;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.opencpms.domain.panel.Contribution;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.panel.DataAnswer;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingStatus;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.shared.UserId;

/**
 * The parts of the panel document that hold the panel's work: data requests and their answers,
 * contributions and their comments, meetings (whose attendees are a sorted array; durations are ISO-8601).
 */
final class WorkParts {

    static final Part<DataAnswer> DATA_ANSWER = new Part<>("panel.data-answer", DataAnswer.class,
            a -> object().add("answeredBy", a.answeredBy().toString()).add("text", a.text())
                    .add("attachments", array(a.attachments(), FormParts.ATTACHMENT))
                    .add("answeredAt", a.answeredAt().toString()).build(),
            a -> new DataAnswer(user(a, "answeredBy"), a.getString("text"), list(a, "attachments", FormParts.ATTACHMENT),
                    instant(a, "answeredAt")));

    static final Part<DataRequest> DATA_REQUEST = new Part<>("panel.data-request", DataRequest.class,
            r -> object().add("id", r.id().toString()).add("requestedBy", r.requestedBy().toString()).add("text", r.text())
                    .add("requestedAt", r.requestedAt().toString()).add("answer", optional(r.answer(), DATA_ANSWER)).build(),
            r -> new DataRequest(new DataRequestId(uuid(r, "id")), user(r, "requestedBy"), r.getString("text"),
                    instant(r, "requestedAt"), optional(r, "answer", DATA_ANSWER)));

    static final Part<ContributionComment> CONTRIBUTION_COMMENT = new Part<>("panel.contribution-comment",
            ContributionComment.class,
            k -> object().add("author", k.author().toString()).add("text", k.text()).add("at", k.at().toString()).build(),
            k -> new ContributionComment(user(k, "author"), k.getString("text"), instant(k, "at")));

    static final Part<Contribution> CONTRIBUTION = new Part<>("panel.contribution", Contribution.class,
            c -> object().add("author", c.author().toString()).add("text", c.text())
                    .add("recordedAt", c.recordedAt().toString()).add("updatedAt", c.updatedAt().toString())
                    .add("comments", array(c.comments(), CONTRIBUTION_COMMENT)).build(),
            c -> new Contribution(user(c, "author"), c.getString("text"), instant(c, "recordedAt"), instant(c, "updatedAt"),
                    list(c, "comments", CONTRIBUTION_COMMENT)));

    static final Part<Meeting> MEETING = new Part<>("panel.meeting", Meeting.class,
            m -> object().add("id", m.id().toString()).add("scheduledBy", m.scheduledBy().toString())
                    .add("start", m.start().toString()).add("duration", m.duration().toString())
                    .add("attendees", strings(m.attendees().stream().map(UserId::toString).sorted().toList()))
                    .add("videoLink", m.videoLink().toString()).add("status", m.status().name())
                    .add("recording", optional(m.recording())).build(),
            m -> new Meeting(new MeetingId(uuid(m, "id")), user(m, "scheduledBy"), instant(m, "start"),
                    Duration.parse(m.getString("duration")),
                    strings(m, "attendees").stream().map(UserId::of).collect(Collectors.toSet()),
                    VideoLink.of(m.getString("videoLink")), MeetingStatus.valueOf(m.getString("status")),
                    optionalString(m, "recording")));

    static final List<Part<?>> ALL = List.of(DATA_REQUEST, DATA_ANSWER, CONTRIBUTION, CONTRIBUTION_COMMENT, MEETING);

    private WorkParts() {
    }
}
