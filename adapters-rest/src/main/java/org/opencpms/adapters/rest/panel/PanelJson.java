package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.ConsultationFormJson.blankToNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.panel.PanelView;
import org.opencpms.application.panel.CommentPage;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Contribution;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.Forwarding;
import org.opencpms.domain.panel.Handover;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.MeetingStatus;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.PanelAction;
import org.opencpms.domain.panel.PanelComment;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;

/**
 * A panel as its participants see it ({@code GET /api/panels/{id}} and the answer of every panel change): the
 * patient's pseudonymous card, the consultation form, the state and its history, invitations, timeline, data
 * requests, contributions, meetings, outcome and usefulness; {@code leadErn} is the lead ERN's wire name,
 * {@code leadErnName} how people know it (short code and full name, as the outcome PDF gives it). Of the timeline,
 * only the latest {@value #TIMELINE_PAGE}
 * comments; {@code timelineNext}, when present, is the {@code before} to read the older ones from
 * {@code GET /api/panels/{id}/timeline}; of each contribution's comments likewise (see {@link ContributionJson}), so
 * that the panel's answer does not grow with its history. {@code version} is also sent as the {@code ETag}; send
 * it back in {@code If-Match}. {@code allowedActions} names what the caller may do with the panel now, in the order
 * of {@link PanelAction} (the rules the commands enforce: an action not named is refused with 403 or 422, an action
 * named is accepted unless its input or the case's data are incomplete). Optional parts are absent rather than null;
 * durations are ISO-8601 ({@code PT36H}). {@code people} names everyone the panel mentions by id (lead, members,
 * invitees, authors…) with their display name, so that a client shows who takes part. Never identifying data of the
 * patient.
 */
public record PanelJson(UUID id, long version, PatientCardJson patient,
                        @Schema(implementation = Ern.class) String leadErn, String leadErnName, UUID lead,
                        List<UUID> members, List<PersonJson> people,
                        @Schema(implementation = PanelState.class) String state, boolean urgent,
                        ConsultationFormJson form, List<AttachmentJson> attachments, Instant draftedAt,
                        Instant openedAt, Instant deadline, UUID copiedFrom, List<TransitionJson> history,
                        List<ForwardingJson> forwardings, List<HandoverJson> handovers,
                        List<InvitationJson> invitations, List<CommentJson> timeline, String timelineNext,
                        List<DataRequestJson> dataRequests, List<ContributionJson> contributions,
                        List<MeetingJson> meetings, OutcomeJson outcome, UsefulnessJson usefulness,
                        String timeToOutcome,
                        @Schema(type = SchemaType.ARRAY, implementation = PanelAction.class) List<String> allowedActions) {

    /** How many of the latest timeline comments a panel carries, and of the latest comments on each contribution. */
    public static final int TIMELINE_PAGE = 50;

    /** The patient as every panel shows them: pseudonymous id, nickname, age in whole years and sex. */
    public record PatientCardJson(UUID id, String nickname, int ageInYears,
                                  @Schema(implementation = Sex.class) String sex) {
    }

    /** A user the panel mentions, by id, and the name they go by (never an e-mail address, never the patient). */
    public record PersonJson(UUID id, String displayName) {
    }

    /** One move through the lifecycle; {@code reason} absent when none was given. */
    public record TransitionJson(@Schema(implementation = PanelState.class) String from,
                                 @Schema(implementation = PanelState.class) String to, UUID by, Instant at,
                                 String reason) {

        static TransitionJson of(Transition t) {
            return new TransitionJson(t.from().name(), t.to().name(), t.by().value(), t.at(), blankToNull(t.reason()));
        }
    }

    /** The panel was forwarded from one lead ERN to another. */
    public record ForwardingJson(@Schema(implementation = Ern.class) String from,
                                 @Schema(implementation = Ern.class) String to, UUID by, String reason, Instant at) {

        static ForwardingJson of(Forwarding f) {
            return new ForwardingJson(f.from().name(), f.to().name(), f.by().value(), f.reason(), f.at());
        }
    }

    /** The lead handed the panel to a member. */
    public record HandoverJson(UUID from, UUID to, UUID by, Instant at) {

        static HandoverJson of(Handover h) {
            return new HandoverJson(h.from().value(), h.to().value(), h.by().value(), h.at());
        }
    }

    /** An invited expert: {@code kind} SAME_ERN, OTHER_ERN or GUEST; {@code status} PENDING, ACCEPTED or DECLINED. */
    public record InvitationJson(UUID invitee, @Schema(implementation = InvitationKind.class) String kind,
                                 UUID invitedBy, Instant invitedAt,
                                 @Schema(implementation = InvitationStatus.class) String status, Instant answeredAt) {

        static InvitationJson of(Invitation i) {
            return new InvitationJson(i.invitee().value(), i.kind().name(), i.invitedBy().value(), i.invitedAt(),
                    i.status().name(), i.answeredAt().orElse(null));
        }
    }

    /** A comment in the timeline, or on a contribution. */
    public record CommentJson(UUID author, String text, Instant at) {

        static CommentJson of(PanelComment c) {
            return new CommentJson(c.author().value(), c.text(), c.at());
        }
    }

    /** A request for additional data and, once given, the lead's answer. */
    public record DataRequestJson(UUID id, UUID requestedBy, String text, Instant requestedAt, DataAnswerJson answer) {

        static DataRequestJson of(DataRequest r) {
            return new DataRequestJson(r.id().value(), r.requestedBy().value(), r.text(), r.requestedAt(),
                    r.answer().map(a -> new DataAnswerJson(a.answeredBy().value(), a.text(),
                            a.attachments().stream().map(AttachmentJson::of).toList(), a.answeredAt())).orElse(null));
        }
    }

    /** The lead's answer to a data request, with what it adds to the case. */
    public record DataAnswerJson(UUID answeredBy, String text, List<AttachmentJson> attachments, Instant answeredAt) {
    }

    /**
     * A participant's assessment of the case and the latest {@value #TIMELINE_PAGE} of the others' comments on it;
     * {@code commentsNext}, when present, is the {@code before} to read the older ones from
     * {@code GET /api/panels/{id}/contributions/{authorId}/comments}.
     */
    public record ContributionJson(UUID author, String text, Instant recordedAt, Instant updatedAt,
                                   List<CommentJson> comments, String commentsNext) {

        static ContributionJson of(Contribution c) {
            var comments = CommentPage.of(c.comments(), null, TIMELINE_PAGE);
            return new ContributionJson(c.author().value(), c.text(), c.recordedAt(), c.updatedAt(),
                    comments.comments().stream().map(CommentJson::of).toList(),
                    comments.next().map(String::valueOf).orElse(null));
        }
    }

    /** A meeting; {@code status} SCHEDULED or CANCELLED; {@code recording} the storage key, once attached. */
    public record MeetingJson(UUID id, UUID scheduledBy, Instant start, String duration, List<UUID> attendees,
                              String videoLink, @Schema(implementation = MeetingStatus.class) String status,
                              String recording) {

        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id().value(), m.scheduledBy().value(), m.start(), m.duration().toString(),
                    ids(m.attendees()), m.videoLink().toString(), m.status().name(), m.recording().orElse(null));
        }
    }

    /** The outcome draft, its reviews ({@code agreement} AGREE or DISAGREE) and when it was finalised. */
    public record OutcomeJson(String conclusion, String recommendations, String treatmentPlan, UUID draftedBy,
                              Instant draftedAt, List<OutcomeReviewJson> reviews, Instant finalisedAt) {

        static OutcomeJson of(Outcome o) {
            return new OutcomeJson(o.conclusion(), blankToNull(o.recommendations()), blankToNull(o.treatmentPlan()),
                    o.draftedBy().value(), o.draftedAt(),
                    o.reviews().stream().map(r -> new OutcomeReviewJson(r.reviewer().value(), r.agreement().name(),
                            blankToNull(r.comment()), r.at())).toList(),
                    o.finalisedAt().orElse(null));
        }
    }

    /** A member's review of the outcome draft. */
    public record OutcomeReviewJson(UUID reviewer, @Schema(implementation = Agreement.class) String agreement,
                                    String comment, Instant at) {
    }

    /** The lead's rating of the closed panel, 1 to 5. */
    public record UsefulnessJson(int rating, UUID ratedBy, Instant ratedAt) {

        static UsefulnessJson of(Usefulness u) {
            return new UsefulnessJson(u.rating(), u.ratedBy().value(), u.ratedAt());
        }
    }

    /** The JSON of a panel view, field by field, with the display names of the people it mentions. */
    public static PanelJson of(PanelView view, Map<UserId, String> names) {
        var card = view.patient();
        var timeline = CommentPage.of(view.timeline(), null, TIMELINE_PAGE);
        return new PanelJson(view.id().value(), view.version(),
                new PatientCardJson(card.id().value(), card.nickname().value(), card.ageInYears(), card.sex().name()),
                view.leadErn().name(), view.leadErn().code() + " (" + view.leadErn().fullName() + ")",
                view.lead().value(), ids(view.members()), people(names), view.state().name(), view.urgent(),
                ConsultationFormJson.of(view.form()),
                view.attachments().stream().map(AttachmentJson::of).toList(),
                view.draftedAt(), view.openedAt().orElse(null), view.deadline().orElse(null),
                view.copiedFrom().map(p -> p.value()).orElse(null),
                view.history().stream().map(TransitionJson::of).toList(),
                view.forwardings().stream().map(ForwardingJson::of).toList(),
                view.handovers().stream().map(HandoverJson::of).toList(),
                view.invitations().stream().map(InvitationJson::of).toList(),
                timeline.comments().stream().map(CommentJson::of).toList(),
                timeline.next().map(String::valueOf).orElse(null),
                view.dataRequests().stream().map(DataRequestJson::of).toList(),
                view.contributions().stream().map(ContributionJson::of).toList(),
                view.meetings().stream().map(MeetingJson::of).toList(),
                view.outcome().map(OutcomeJson::of).orElse(null),
                view.usefulness().map(UsefulnessJson::of).orElse(null),
                view.timeToOutcome().map(Duration::toString).orElse(null),
                view.allowedActions().stream().sorted().map(PanelAction::name).toList());
    }

    /** The named people by id, in a stable order (by UUID text). */
    private static List<PersonJson> people(Map<UserId, String> names) {
        return names.entrySet().stream().map(name -> new PersonJson(name.getKey().value(), name.getValue()))
                .sorted(Comparator.comparing(person -> person.id().toString())).toList();
    }

    /** Users in a stable order (by UUID text), so that the same panel always reads the same. */
    private static List<UUID> ids(Collection<UserId> users) {
        return users.stream().map(UserId::value).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }
}
