package org.opencpms.domain.panel;

import static org.opencpms.domain.panel.PanelState.ABORTED;
import static org.opencpms.domain.panel.PanelState.ARCHIVED;
import static org.opencpms.domain.panel.PanelState.ASSESSMENT;
import static org.opencpms.domain.panel.PanelState.CLOSED;
import static org.opencpms.domain.panel.PanelState.DELETED;
import static org.opencpms.domain.panel.PanelState.DRAFT;
import static org.opencpms.domain.panel.PanelState.PANEL_SELECTION;
import static org.opencpms.domain.panel.PanelState.SIGN_OFF;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * A virtual consultation panel: one patient's case put to experts of one lead ERN.
 *
 * <p>Invariants:
 * <ul>
 * <li>It belongs to one patient and was opened by a health professional of the patient's centre who
 *     is a health professional in the lead ERN, while the patient's consents allowed panels; the
 *     consents must still allow panels when it leaves DRAFT.</li>
 * <li>Its state moves only as {@link Lifecycle} allows; every move is in {@link #history()}, each
 *     transition starting where the previous one ended.</li>
 * <li>It has exactly one lead. Members are those who accepted an invitation and former leads; the
 *     lead is never a member. Centre assistants, researchers, panel managers and auditors are never
 *     invited. A person has at most one pending or accepted invitation.</li>
 * <li>The consultation form changes only before SIGN_OFF, by the lead or the lead's centre
 *     assistant; once out of DRAFT it keeps a reason and a clinical question. The imaging studies it
 *     lists through {@link #attachStudy} are the patient's, each listed once.</li>
 * <li>A copy is made by the source's lead or a handler of the patient, never of a deleted panel.</li>
 * <li>At most one contribution per participant; no one comments on their own contribution.</li>
 * <li>It closes only with a final outcome and at least the lead ERN's quorum of contributions.</li>
 * </ul>
 * Commands check, in order: who may ({@link PanelForbidden}), in which state
 * ({@code panel.not-allowed-in-state} or {@code panel.illegal-transition}), then the command's own rules.
 * Every change records a {@link PanelEvent}.
 */
public final class Panel {

    private static final Set<PanelState> COPYABLE = EnumSet.complementOf(EnumSet.of(DELETED));

    private final PanelId id;
    private final PatientId patient;
    private final ProviderId patientCentre;
    private final UserId draftedBy;
    private final Instant draftedAt;
    private final Optional<PanelId> copiedFrom;
    private final long version;
    private Ern leadErn;
    private UserId lead;
    private PanelState state;
    private ConsultationForm form;
    private Optional<Instant> deadline;
    private Optional<Outcome> outcome;
    private Optional<Usefulness> usefulness;
    private final List<Transition> history;
    private final List<Forwarding> forwardings;
    private final List<Handover> handovers;
    private final List<TimelineComment> comments;
    private final Invitations invitations;
    private final DataRequests dataRequests;
    private final Contributions contributions;
    private final Meetings meetings;
    private final RecordedEvents events = new RecordedEvents();

    private Panel(PanelSnapshot s) {
        this.id = s.id();
        this.patient = s.patient();
        this.patientCentre = s.patientCentre();
        this.draftedBy = s.draftedBy();
        this.draftedAt = s.draftedAt();
        this.copiedFrom = s.copiedFrom();
        this.version = s.version();
        this.leadErn = s.leadErn();
        this.lead = s.lead();
        this.state = s.state();
        this.form = s.form();
        this.deadline = s.deadline();
        this.outcome = s.outcome();
        this.usefulness = s.usefulness();
        this.history = new ArrayList<>(s.history());
        this.forwardings = new ArrayList<>(s.forwardings());
        this.handovers = new ArrayList<>(s.handovers());
        this.comments = new ArrayList<>(s.comments());
        this.invitations = new Invitations(s.invitations());
        this.dataRequests = new DataRequests(s.dataRequests());
        this.contributions = new Contributions(s.contributions());
        this.meetings = new Meetings(s.meetings());
    }

    // ---------------------------------------------------------------- creating and restoring

    /**
     * Drafts a panel. {@code openedBy} becomes its lead and must be a health professional at the
     * patient's centre and in the lead ERN ({@code panel.forbidden}); the patient's consents must allow
     * panels ({@code panel.sharing-consent-required}). Records {@link PanelDrafted}.
     */
    public static Panel draft(PanelId id, PatientId patient, ProviderId patientCentre, Ern leadErn, Actor openedBy,
                              ConsultationForm form, PatientConsents consents, Instant now) {
        return open(id, patient, patientCentre, leadErn, openedBy, form, consents, now, Optional.empty());
    }

    /**
     * Drafts a new panel for the same patient, centre and lead ERN, pre-filled with {@code source}'s
     * form. Only the source's lead or a handler of the patient ({@link Patient#isHandledBy}) copies it
     * ({@code panel.copy-forbidden}): the copy carries the earlier panel's clinical data to a new lead.
     * A deleted source is not copied ({@code panel.not-allowed-in-state}); otherwise the rules of
     * {@link #draft} apply. Records {@link PanelDrafted} and {@link PanelCopied}.
     *
     * @param patient the source's patient
     */
    public static Panel copyOf(Panel source, Patient patient, PanelId newId, Actor by, PatientConsents consents,
                               Instant now) {
        Require.present(source, "panel");
        if (!Require.present(patient, "patient").id().equals(source.patient)) {
            throw new InvalidValue("patient", "the patient is not the source panel's");
        }
        if (source.id.equals(newId)) {
            throw new InvalidValue("panel-id", "a copy needs an id of its own");
        }
        Require.present(by, "actor");
        if (!source.isLead(by.id()) && !patient.isHandledBy(by)) {
            throw new PanelForbidden(PanelForbidden.COPY_FORBIDDEN,
                    "only the earlier panel's lead or a handler of the patient copies a panel");
        }
        source.requireState(COPYABLE, "copy the panel");
        Panel copy = open(newId, source.patient, source.patientCentre, source.leadErn, by, source.form, consents, now,
                Optional.of(source.id));
        copy.events.record(new PanelCopied(newId, source.id, by.id(), now));
        return copy;
    }

    private static Panel open(PanelId id, PatientId patient, ProviderId patientCentre, Ern leadErn, Actor openedBy,
                              ConsultationForm form, PatientConsents consents, Instant now, Optional<PanelId> copiedFrom) {
        Require.present(patientCentre, "patient-centre");
        Require.present(leadErn, "lead-ern");
        Require.present(openedBy, "actor");
        if (!openedBy.leadErnsAt(patientCentre).contains(leadErn)) {
            throw new PanelForbidden(PanelForbidden.FORBIDDEN,
                    "only a health professional of the patient's centre and of the lead ERN opens a panel");
        }
        requirePanelsAllowed(patient, consents);
        var panel = new Panel(new PanelSnapshot(id, patient, patientCentre, leadErn, openedBy.id(), openedBy.id(), now,
                copiedFrom, DRAFT, form, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), 0));
        panel.events.record(new PanelDrafted(id, patient, leadErn, form.urgent(), openedBy.id(), now));
        return panel;
    }

    /** Rebuilds a stored panel; records no events. */
    public static Panel restore(PanelSnapshot snapshot) {
        return new Panel(Require.present(snapshot, "panel-snapshot"));
    }

    /** The complete state, for storage. */
    public PanelSnapshot snapshot() {
        return new PanelSnapshot(id, patient, patientCentre, leadErn, lead, draftedBy, draftedAt, copiedFrom, state, form,
                deadline, history, forwardings, handovers, invitations.all(), comments, dataRequests.all(),
                contributions.all(), meetings.all(), outcome, usefulness, version);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * DRAFT to PANEL_SELECTION: the consents must still allow panels, the form needs a reason and a
     * clinical question ({@code panel.consultation-form-incomplete}) and the lead ERN's mandatory custom
     * fields, well formed ({@code panel.custom-data-incomplete}).
     */
    public void submit(Actor by, PatientConsents consents, ErnConfiguration configuration, Instant now) {
        String reason = authoriseMove(PanelAction.SUBMIT, by, null);
        requirePanelsAllowed(patient, consents);
        requireComplete(form);
        requireConfigurationOfLeadErn(configuration).validate(form.customData());
        move(PANEL_SELECTION, by, reason, now);
    }

    /** PANEL_SELECTION to ASSESSMENT; also by a coordinator or dispatcher of the lead ERN. */
    public void startAssessment(Actor by, Instant now) {
        move(ASSESSMENT, by, authoriseMove(PanelAction.START_ASSESSMENT, by, null), now);
    }

    /** ASSESSMENT to SIGN_OFF. */
    public void startSignOff(Actor by, Instant now) {
        move(SIGN_OFF, by, authoriseMove(PanelAction.START_SIGN_OFF, by, null), now);
    }

    /**
     * SIGN_OFF to CLOSED: needs a final outcome ({@code panel.outcome-not-final}) and at least the lead
     * ERN's quorum of contributions ({@code panel.quorum-not-reached}).
     */
    public void close(Actor by, ErnConfiguration configuration, Instant now) {
        String reason = authoriseMove(PanelAction.CLOSE, by, null);
        ErnConfiguration ernConfiguration = requireConfigurationOfLeadErn(configuration);
        if (!ernConfiguration.quorumReachedBy(contributions.count())) {
            throw new PanelRuleViolation(PanelRuleViolation.QUORUM_NOT_REACHED, "the panel has " + contributions.count()
                    + " contributions; " + ernConfiguration.contributionQuorum() + " are needed to close it");
        }
        move(CLOSED, by, reason, now);
    }

    /** CLOSED to ARCHIVED; also by a coordinator of the lead ERN. */
    public void archive(Actor by, Instant now) {
        move(ARCHIVED, by, authoriseMove(PanelAction.ARCHIVE, by, null), now);
    }

    /** Gives the panel up, from any state before CLOSED, with a reason; also by a coordinator of the lead ERN. */
    public void abort(Actor by, String reason, Instant now) {
        move(ABORTED, by, authoriseMove(PanelAction.ABORT, by, reason), now);
    }

    /** Throws a draft away. */
    public void delete(Actor by, Instant now) {
        move(DELETED, by, authoriseMove(PanelAction.DELETE, by, null), now);
    }

    /** Backward step SIGN_OFF to ASSESSMENT, with a reason; a final outcome becomes a draft again. */
    public void returnToAssessment(Actor by, String reason, Instant now) {
        move(ASSESSMENT, by, authoriseMove(PanelAction.RETURN_TO_ASSESSMENT, by, reason), now);
        outcome = outcome.map(Outcome::reopened);
    }

    /** Backward step ASSESSMENT to PANEL_SELECTION, with a reason. */
    public void returnToPanelSelection(Actor by, String reason, Instant now) {
        move(PANEL_SELECTION, by, authoriseMove(PanelAction.RETURN_TO_PANEL_SELECTION, by, reason), now);
    }

    private void move(PanelState to, Actor by, String reason, Instant now) {
        history.add(new Transition(state, to, by.id(), now, reason));
        events.record(new PanelStateChanged(id, state, to, reason, by.id(), now));
        state = to;
    }

    // ---------------------------------------------------------------- form, deadline, lead

    /** Replaces the consultation form, in DRAFT to ASSESSMENT, by the lead or the lead's centre assistant. */
    public void editForm(Actor by, ConsultationForm newForm, Instant now) {
        authorise(PanelAction.EDIT_FORM, by);
        Require.present(newForm, "consultation-form");
        if (state != DRAFT) {
            requireComplete(newForm);
        }
        form = newForm;
        events.record(new ConsultationFormEdited(id, by.id(), now));
    }

    /**
     * Attaches a de-identified imaging study to the consultation form, in DRAFT to ASSESSMENT, by the
     * lead or the lead's centre assistant. The study must be this panel's patient's
     * ({@code study.other-patient}) and not attached to another panel ({@code study.already-attached});
     * the form must not list it yet ({@code panel.study-already-listed}). Records {@link StudyAttached}.
     *
     * @return the study as attached to this panel, for the image archive to record
     */
    public ImagingStudy attachStudy(ImagingStudy study, String title, Actor by, Instant now) {
        authorise(PanelAction.EDIT_FORM, by);
        ImagingStudy attached = Require.present(study, "imaging-study").attachTo(id, patient);
        if (form.listsStudy(study.uid().value())) {
            throw new PanelConflict(PanelConflict.STUDY_ALREADY_LISTED, "the consultation form already lists this study");
        }
        form = form.withAttachment(Attachment.imagingStudy(study.uid().value(), title));
        events.record(new StudyAttached(id, study.uid(), by.id(), now));
        return attached;
    }

    /** Sets the date by which the lead wants the outcome; before CLOSED, by the lead, in the future. */
    public void setDeadline(Actor by, Instant newDeadline, Instant now) {
        authorise(PanelAction.SET_DEADLINE, by);
        if (!Require.present(newDeadline, "deadline").isAfter(now)) {
            throw new PanelRuleViolation(PanelRuleViolation.DEADLINE_NOT_IN_FUTURE, "a deadline lies in the future");
        }
        deadline = Optional.of(newDeadline);
        events.record(new DeadlineSet(id, newDeadline, by.id(), now));
    }

    /**
     * The lead hands the panel to a member who is a health professional in the lead ERN
     * ({@code panel.handover-not-eligible}); the previous lead becomes a member.
     */
    public void handOver(Actor toMember, Actor by, Instant now) {
        authorise(PanelAction.HAND_OVER, by);
        Require.present(toMember, "actor");
        if (!isMember(toMember.id()) || !toMember.isHealthProfessionalIn(leadErn)) {
            throw new PanelRuleViolation(PanelRuleViolation.HANDOVER_NOT_ELIGIBLE,
                    "the lead is handed to a member who is a health professional in " + leadErn.code());
        }
        handovers.add(new Handover(lead, toMember.id(), by.id(), now));
        events.record(new LeadHandedOver(id, lead, toMember.id(), by.id(), now));
        lead = toMember.id();
    }

    // ---------------------------------------------------------------- panel selection

    /**
     * Invites an expert, in PANEL_SELECTION or ASSESSMENT, by the lead, or a coordinator, dispatcher or
     * panel manager of the lead ERN. The invitee must be a health professional or a guest expert of
     * this panel ({@code panel.invitee-not-eligible}) and neither a participant nor already invited
     * ({@code panel.duplicate-invitation}).
     */
    public void invite(Actor invitee, Actor by, Instant now) {
        authorise(PanelAction.INVITE, by);
        Require.present(invitee, "invitee");
        InvitationKind kind = InvitationKind.of(invitee, leadErn, id).orElseThrow(() -> new PanelRuleViolation(
                PanelRuleViolation.INVITEE_NOT_ELIGIBLE, "only health professionals and guest experts are invited"));
        if (isParticipant(invitee.id()) || invitations.hasPending(invitee.id())) {
            throw new PanelConflict(PanelConflict.DUPLICATE_INVITATION, "already taking part or invited");
        }
        invitations.add(Invitation.pending(invitee.id(), kind, by.id(), now));
        events.record(new ExpertInvited(id, invitee.id(), kind, by.id(), now));
    }

    /**
     * Those among {@code candidates} whom {@code by} may invite now, in the candidates' order: what {@link #invite}
     * accepts (eligible, neither taking part nor invited). Refuses, as {@link #invite} does, someone who may not invite.
     */
    public List<Actor> invitableAmong(Collection<Actor> candidates, Actor by) {
        authorise(PanelAction.INVITE, by);
        return candidates.stream().filter(candidate -> InvitationKind.of(candidate, leadErn, id).isPresent()
                && !isParticipant(candidate.id()) && !invitations.hasPending(candidate.id())).toList();
    }

    /** The invitee accepts their pending invitation and becomes a member. */
    public void accept(Actor invitee, Instant now) {
        authorise(PanelAction.ACCEPT_INVITATION, invitee);
        invitations.answer(invitee.id(), InvitationStatus.ACCEPTED, now);
        events.record(new InvitationAccepted(id, invitee.id(), now));
    }

    /** The invitee declines their pending invitation. */
    public void decline(Actor invitee, Instant now) {
        authorise(PanelAction.DECLINE_INVITATION, invitee);
        invitations.answer(invitee.id(), InvitationStatus.DECLINED, now);
        events.record(new InvitationDeclined(id, invitee.id(), now));
    }

    /** A coordinator of the lead ERN forwards the panel to another ERN, which becomes the lead ERN. */
    public void forward(Ern to, Actor by, String reason, Instant now) {
        authorise(PanelAction.FORWARD, by);
        if (Require.present(to, "ern") == leadErn) {
            throw new PanelRuleViolation(PanelRuleViolation.FORWARD_TO_SAME_ERN, "the panel is already led in " + to.code());
        }
        var forwarding = new Forwarding(leadErn, to, by.id(), reason, now);
        forwardings.add(forwarding);
        events.record(new PanelForwarded(id, leadErn, to, forwarding.reason(), by.id(), now));
        leadErn = to;
    }

    // ---------------------------------------------------------------- timeline

    /** A participant comments in the timeline, from PANEL_SELECTION to SIGN_OFF. */
    public void comment(Actor by, String text, Instant now) {
        authorise(PanelAction.COMMENT, by);
        comments.add(new TimelineComment(by.id(), text, now));
        events.record(new CommentPosted(id, by.id(), now));
    }

    /** A member (not the lead) asks for additional data, from PANEL_SELECTION to SIGN_OFF. Returns the request's id. */
    public DataRequestId requestData(Actor member, String text, Instant now) {
        authorise(PanelAction.REQUEST_DATA, member);
        var request = new DataRequest(DataRequestId.random(), member.id(), text, now, Optional.empty());
        dataRequests.add(request);
        events.record(new DataRequested(id, request.id(), member.id(), now));
        return request.id();
    }

    /** The lead (or the lead's centre assistant) answers a data request, once, possibly adding attachments. */
    public void answerDataRequest(DataRequestId request, Actor by, String text, List<Attachment> attachments, Instant now) {
        authorise(PanelAction.ANSWER_DATA_REQUEST, by);
        DataRequest answered = dataRequests.answer(request, new DataAnswer(by.id(), text, attachments, now));
        int added = answered.answer().map(a -> a.attachments().size()).orElse(0);
        events.record(new DataRequestAnswered(id, request, answered.requestedBy(), added, by.id(), now));
    }

    // ---------------------------------------------------------------- contributions

    /** A participant records (or revises) their contribution, in ASSESSMENT. */
    public void contribute(Actor by, String text, Instant now) {
        authorise(PanelAction.CONTRIBUTE, by);
        boolean revised = contributions.record(by.id(), text, now);
        events.record(new ContributionRecorded(id, revised, by.id(), now));
    }

    /** A participant comments on someone else's contribution, in ASSESSMENT or SIGN_OFF. */
    public void commentOnContribution(UserId contributionAuthor, Actor by, String text, Instant now) {
        authorise(PanelAction.COMMENT_ON_CONTRIBUTION, by);
        if (by.id().equals(contributionAuthor)) {
            throw new PanelRuleViolation(PanelRuleViolation.OWN_CONTRIBUTION, "comment on others' contributions, not your own");
        }
        contributions.comment(contributionAuthor, new ContributionComment(by.id(), text, now));
        events.record(new ContributionCommented(id, contributionAuthor, by.id(), now));
    }

    // ---------------------------------------------------------------- meetings

    /**
     * The lead or a panel manager of the lead ERN schedules a meeting, from PANEL_SELECTION to SIGN_OFF:
     * it starts after {@code now} ({@code panel.meeting-not-in-future}), lasts 5 minutes to 8 hours, and
     * every attendee is a participant ({@code panel.attendee-not-participant}). Returns its id.
     */
    public MeetingId scheduleMeeting(Actor by, Instant start, Duration duration, Set<UserId> attendees, String videoLink,
                                     Instant now) {
        authorise(PanelAction.ORGANISE_MEETINGS, by);
        var meeting = Meeting.scheduled(MeetingId.random(), by.id(), start, duration, attendees, VideoLink.of(videoLink));
        requireMeetingInFuture(start, now);
        if (!participants().containsAll(meeting.attendees())) {
            throw new PanelRuleViolation(PanelRuleViolation.ATTENDEE_NOT_PARTICIPANT, "only the lead and members attend");
        }
        meetings.add(meeting);
        events.record(new MeetingScheduled(id, meeting.id(), start, duration, meeting.attendees(), meeting.videoLink(),
                by.id(), now));
        return meeting.id();
    }

    /** Moves a meeting that is not cancelled ({@code panel.meeting-cancelled}) to a new future time. */
    public void rescheduleMeeting(MeetingId meeting, Actor by, Instant start, Duration duration, Instant now) {
        authorise(PanelAction.ORGANISE_MEETINGS, by);
        Require.present(start, "meeting");
        meetings.active(meeting);
        requireMeetingInFuture(start, now);
        Meeting moved = meetings.change(meeting, m -> m.rescheduled(start, duration));
        events.record(new MeetingRescheduled(id, meeting, start, duration, moved.attendees(), by.id(), now));
    }

    /** Cancels a meeting, once. */
    public void cancelMeeting(MeetingId meeting, Actor by, Instant now) {
        authorise(PanelAction.ORGANISE_MEETINGS, by);
        Meeting cancelled = meetings.change(meeting, Meeting::cancelled);
        events.record(new MeetingCancelled(id, meeting, cancelled.attendees(), by.id(), now));
    }

    /** Attaches the recording of a meeting that has started ({@code panel.meeting-not-started}) and is not cancelled. */
    public void attachRecording(MeetingId meeting, Actor by, String storageKey, Instant now) {
        authorise(PanelAction.ORGANISE_MEETINGS, by);
        if (now.isBefore(meetings.active(meeting).start())) {
            throw new PanelRuleViolation(PanelRuleViolation.MEETING_NOT_STARTED, "a meeting is recorded once it has started");
        }
        meetings.change(meeting, m -> m.withRecording(storageKey));
        events.record(new MeetingRecordingAttached(id, meeting, by.id(), now));
    }

    // ---------------------------------------------------------------- sign-off and rating

    /** The lead drafts or redrafts the outcome, in SIGN_OFF, until it is final; redrafting clears the reviews. */
    public void draftOutcome(Actor by, String conclusion, String recommendations, String treatmentPlan, Instant now) {
        authorise(PanelAction.DRAFT_OUTCOME, by);
        outcome = Optional.of(Outcome.draft(conclusion, recommendations, treatmentPlan, by.id(), now));
        events.record(new OutcomeDrafted(id, by.id(), now));
    }

    /** A member (not the lead) agrees or disagrees with the outcome draft, in SIGN_OFF; a new review replaces theirs. */
    public void reviewOutcome(Actor member, Agreement agreement, String comment, Instant now) {
        authorise(PanelAction.REVIEW_OUTCOME, member);
        outcome = Optional.of(outcome.orElseThrow().reviewed(new OutcomeReview(member.id(), agreement, comment, now)));
        events.record(new OutcomeReviewed(id, agreement, member.id(), now));
    }

    /** The lead finalises the outcome draft, in SIGN_OFF. */
    public void finaliseOutcome(Actor by, Instant now) {
        authorise(PanelAction.FINALISE_OUTCOME, by);
        outcome = Optional.of(outcome.orElseThrow().finalised(now));
        events.record(new OutcomeFinalised(id, by.id(), now));
    }

    /** The lead rates (or re-rates) how useful the panel was, once it is CLOSED or ARCHIVED. */
    public void rateUsefulness(Actor by, int rating, Instant now) {
        authorise(PanelAction.RATE_USEFULNESS, by);
        usefulness = Optional.of(new Usefulness(rating, by.id(), now));
        events.record(new UsefulnessRated(id, rating, by.id(), now));
    }

    // ---------------------------------------------------------------- rules

    private static void requirePanelsAllowed(PatientId patient, PatientConsents consents) {
        Require.present(consents, "consents");
        if (!consents.patient().equals(patient)) {
            throw new InvalidValue("consents", "the consents are another patient's");
        }
        if (!consents.allowPanels()) {
            throw new PanelRuleViolation(PanelRuleViolation.SHARING_CONSENT_REQUIRED,
                    "consent for care and for sharing within the ERN must be in force");
        }
    }

    private static void requireComplete(ConsultationForm form) {
        List<String> missing = form.missingForSubmission();
        if (!missing.isEmpty()) {
            throw new PanelRuleViolation(PanelRuleViolation.FORM_INCOMPLETE, "the form lacks " + String.join(", ", missing));
        }
    }

    private ErnConfiguration requireConfigurationOfLeadErn(ErnConfiguration configuration) {
        if (Require.present(configuration, "ern-configuration").ern() != leadErn) {
            throw new InvalidValue("ern-configuration", "the panel is led in " + leadErn.code());
        }
        return configuration;
    }

    private static void requireMeetingInFuture(Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw new PanelRuleViolation(PanelRuleViolation.MEETING_NOT_IN_FUTURE, "a meeting is scheduled in the future");
        }
    }

    private void requireState(Set<PanelState> allowed, String action) {
        if (!allowed.contains(state)) {
            throw new PanelRuleViolation(PanelRuleViolation.NOT_ALLOWED_IN_STATE, "cannot " + action + " in " + state);
        }
    }

    /** Refuses the action unless the actor may take it now, as {@link #allowedActions} says. */
    private void authorise(PanelAction action, Actor by) {
        var refusal = PanelActionRules.refusal(this, action, Require.present(by, "actor"));
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** {@link #authorise}s a lifecycle move, then checks its reason; returns the reason to record (empty if none). */
    private String authoriseMove(PanelAction action, Actor by, String reason) {
        authorise(action, by);
        return Lifecycle.authorise(by, state, action.target().orElseThrow(), lead, leadErn, reason);
    }

    // ---------------------------------------------------------------- reading

    public PanelId id() {
        return id;
    }

    public PatientId patient() {
        return patient;
    }

    public ProviderId patientCentre() {
        return patientCentre;
    }

    public Ern leadErn() {
        return leadErn;
    }

    public UserId lead() {
        return lead;
    }

    public UserId draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    /** The panel this one was copied from, if any. */
    public Optional<PanelId> copiedFrom() {
        return copiedFrom;
    }

    public PanelState state() {
        return state;
    }

    public ConsultationForm form() {
        return form;
    }

    public boolean isUrgent() {
        return form.urgent();
    }

    public Optional<Instant> deadline() {
        return deadline;
    }

    /** Every transition, oldest first. */
    public List<Transition> history() {
        return Collections.unmodifiableList(history);
    }

    public List<Forwarding> forwardings() {
        return Collections.unmodifiableList(forwardings);
    }

    public List<Handover> handovers() {
        return Collections.unmodifiableList(handovers);
    }

    public List<Invitation> invitations() {
        return invitations.all();
    }

    public List<TimelineComment> comments() {
        return Collections.unmodifiableList(comments);
    }

    public List<DataRequest> dataRequests() {
        return dataRequests.all();
    }

    public List<Contribution> contributions() {
        return contributions.all();
    }

    /**
     * The contribution recorded by {@code author}, with all its comments.
     *
     * @throws PanelItemNotFound {@code panel.contribution-not-found} when the author has recorded none
     */
    public Contribution contribution(UserId author) {
        return contributions.of(author);
    }

    public List<Meeting> meetings() {
        return meetings.all();
    }

    public Optional<Outcome> outcome() {
        return outcome;
    }

    public Optional<Usefulness> usefulness() {
        return usefulness;
    }

    /** The stored version this panel was restored from (0 for a new panel). */
    public long version() {
        return version;
    }

    public boolean isLead(UserId user) {
        return lead.equals(user);
    }

    /** Accepted an invitation or led the panel before, and is not the lead now. */
    public boolean isMember(UserId user) {
        return members().contains(user);
    }

    public boolean isParticipant(UserId user) {
        return isLead(user) || isMember(user);
    }

    /**
     * The actions the actor may take on the panel now: who they are, the panel's state and the stage of its outcome and
     * of their invitation allow them. Each command checks the same rules first (see {@link PanelAction}).
     */
    public Set<PanelAction> allowedActions(Actor actor) {
        Require.present(actor, "actor");
        var allowed = EnumSet.noneOf(PanelAction.class);
        for (PanelAction action : PanelAction.values()) {
            if (allows(action, actor)) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** Whether the actor may take the action now: one of {@link #allowedActions}. */
    public boolean allows(PanelAction action, Actor actor) {
        return PanelActionRules.refusal(this, Require.present(action, "action"), Require.present(actor, "actor")).isEmpty();
    }

    public boolean hasPendingInvitation(UserId user) {
        return invitations.hasPending(user);
    }

    /** The members: those who accepted an invitation and former leads, without the current lead. */
    public Set<UserId> members() {
        var members = new LinkedHashSet<>(invitations.accepted());
        handovers.forEach(h -> members.add(h.from()));
        members.remove(lead);
        return Collections.unmodifiableSet(members);
    }

    /** The lead and the members. */
    public Set<UserId> participants() {
        var participants = new LinkedHashSet<UserId>();
        participants.add(lead);
        participants.addAll(members());
        return Collections.unmodifiableSet(participants);
    }

    /** Everything attached to the case: the form's attachments, then those added with answers to data requests. */
    public List<Attachment> attachments() {
        var all = new ArrayList<>(form.attachments());
        dataRequests.all().forEach(r -> r.answer().ifPresent(a -> all.addAll(a.attachments())));
        return List.copyOf(all);
    }

    /** When the panel left DRAFT, if it did. */
    public Optional<Instant> openedAt() {
        return history.stream().filter(t -> t.from() == DRAFT && t.to() == PANEL_SELECTION).map(Transition::at).findFirst();
    }

    public Optional<Instant> outcomeFinalisedAt() {
        return outcome.flatMap(Outcome::finalisedAt);
    }

    /** From leaving DRAFT to the final outcome, once both happened. */
    public Optional<Duration> timeToOutcome() {
        return openedAt().flatMap(opened -> outcomeFinalisedAt().map(finalised -> Duration.between(opened, finalised)));
    }

    /** The events recorded since the panel was created or restored, in order; forgets them. */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
