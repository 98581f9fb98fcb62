package org.opencpms.application.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Contribution;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.Forwarding;
import org.opencpms.domain.panel.Handover;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelAction;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * Everything a panel's participants see of it: the patient's pseudonymous card, the consultation form
 * and all attachments, the state and its history (transitions, forwardings, handovers), invitations,
 * timeline, data requests with their answers, contributions with their comments, meetings, the outcome
 * with its reviews, the usefulness rating, the deadline and the time to outcome; plus the version to
 * send back with a change and the actions the viewer may take on it now ({@link Panel#allowedActions}, the rules its
 * commands enforce). A panel view never carries identifying data of the patient.
 */
public record PanelView(PanelId id, long version, PatientCard patient, Ern leadErn, UserId lead, Set<UserId> members,
                        PanelState state, boolean urgent, ConsultationForm form, List<Attachment> attachments,
                        Instant draftedAt, Optional<Instant> openedAt, Optional<Instant> deadline,
                        Optional<PanelId> copiedFrom, List<Transition> history, List<Forwarding> forwardings,
                        List<Handover> handovers, List<Invitation> invitations, List<TimelineComment> timeline,
                        List<DataRequest> dataRequests, List<Contribution> contributions, List<Meeting> meetings,
                        Optional<Outcome> outcome, Optional<Usefulness> usefulness, Optional<Duration> timeToOutcome,
                        Set<PanelAction> allowedActions) {

    public PanelView {
        members = Set.copyOf(members);
        attachments = List.copyOf(attachments);
        history = List.copyOf(history);
        forwardings = List.copyOf(forwardings);
        handovers = List.copyOf(handovers);
        invitations = List.copyOf(invitations);
        timeline = List.copyOf(timeline);
        dataRequests = List.copyOf(dataRequests);
        contributions = List.copyOf(contributions);
        meetings = List.copyOf(meetings);
        allowedActions = Set.copyOf(allowedActions);
    }

    /**
     * The panel as it is in memory, at the stored {@code version} (which a save has just moved on), with the actions
     * {@code viewer} may take on it.
     */
    static PanelView of(Panel panel, long version, PatientCard patient, Actor viewer) {
        return new PanelView(panel.id(), version, patient, panel.leadErn(), panel.lead(), panel.members(),
                panel.state(), panel.isUrgent(), panel.form(), panel.attachments(), panel.draftedAt(), panel.openedAt(),
                panel.deadline(), panel.copiedFrom(), panel.history(), panel.forwardings(), panel.handovers(),
                panel.invitations(), panel.comments(), panel.dataRequests(), panel.contributions(), panel.meetings(),
                panel.outcome(), panel.usefulness(), panel.timeToOutcome(), panel.allowedActions(viewer));
    }
}
