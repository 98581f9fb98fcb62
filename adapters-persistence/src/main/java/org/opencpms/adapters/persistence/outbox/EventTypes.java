package org.opencpms.adapters.persistence.outbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestRejected;
import org.opencpms.domain.accessrequest.AccessRequested;
import org.opencpms.domain.chat.ChatMessagePosted;
import org.opencpms.domain.consent.ConsentRecorded;
import org.opencpms.domain.consent.ConsentWithdrawn;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.panel.ConsultationFormEdited;
import org.opencpms.domain.panel.ContributionCommented;
import org.opencpms.domain.panel.ContributionRecorded;
import org.opencpms.domain.panel.DataRequestAnswered;
import org.opencpms.domain.panel.DataRequested;
import org.opencpms.domain.panel.DeadlineSet;
import org.opencpms.domain.panel.ExpertInvited;
import org.opencpms.domain.panel.InvitationAccepted;
import org.opencpms.domain.panel.InvitationDeclined;
import org.opencpms.domain.panel.LeadHandedOver;
import org.opencpms.domain.panel.MeetingCancelled;
import org.opencpms.domain.panel.MeetingRecordingAttached;
import org.opencpms.domain.panel.MeetingRescheduled;
import org.opencpms.domain.panel.MeetingScheduled;
import org.opencpms.domain.panel.OutcomeDrafted;
import org.opencpms.domain.panel.OutcomeFinalised;
import org.opencpms.domain.panel.OutcomeReviewed;
import org.opencpms.domain.panel.PanelCopied;
import org.opencpms.domain.panel.PanelDrafted;
import org.opencpms.domain.panel.PanelForwarded;
import org.opencpms.domain.panel.PanelStateChanged;
import org.opencpms.domain.panel.StudyAttached;
import org.opencpms.domain.panel.UsefulnessRated;
import org.opencpms.domain.patient.IdentifyingDataCorrected;
import org.opencpms.domain.patient.PatientEnrolled;
import org.opencpms.domain.reference.DiseaseGroupAdded;
import org.opencpms.domain.reference.HealthcareProviderRegistered;
import org.opencpms.domain.reference.HealthcareProviderUpdated;
import org.opencpms.domain.reference.NetworkEstablished;
import org.opencpms.domain.reference.ProviderJoinedErn;
import org.opencpms.domain.reference.ProviderLeftErn;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.user.NotificationPreferenceChosen;
import org.opencpms.domain.user.RoleGranted;
import org.opencpms.domain.user.RoleRevoked;
import org.opencpms.domain.user.UserProfileUpdated;
import org.opencpms.domain.user.UserRegistered;

/**
 * The registry of stored event types: the stable name and payload format version of every domain
 * event the outbox may hold. A name, once stored, is never reused for another event nor changed (the
 * migration {@code V43} translated the class names stored before it into these names).
 */
final class EventTypes {

    static final List<EventType> ALL = List.of(
            new EventType("access-request.made", 1, AccessRequested.class),
            new EventType("access-request.accepted", 1, AccessRequestAccepted.class),
            new EventType("access-request.rejected", 1, AccessRequestRejected.class),
            new EventType("chat.message-posted", 1, ChatMessagePosted.class),
            new EventType("consent.recorded", 1, ConsentRecorded.class),
            new EventType("consent.withdrawn", 1, ConsentWithdrawn.class),
            new EventType("panel.comment-posted", 1, CommentPosted.class),
            new EventType("panel.form-edited", 1, ConsultationFormEdited.class),
            new EventType("panel.contribution-commented", 1, ContributionCommented.class),
            new EventType("panel.contribution-recorded", 1, ContributionRecorded.class),
            new EventType("panel.data-request-answered", 1, DataRequestAnswered.class),
            new EventType("panel.data-requested", 1, DataRequested.class),
            new EventType("panel.deadline-set", 1, DeadlineSet.class),
            new EventType("panel.expert-invited", 1, ExpertInvited.class),
            new EventType("panel.invitation-accepted", 1, InvitationAccepted.class),
            new EventType("panel.invitation-declined", 1, InvitationDeclined.class),
            new EventType("panel.lead-handed-over", 1, LeadHandedOver.class),
            new EventType("panel.meeting-cancelled", 1, MeetingCancelled.class),
            new EventType("panel.meeting-recording-attached", 1, MeetingRecordingAttached.class),
            new EventType("panel.meeting-rescheduled", 1, MeetingRescheduled.class),
            new EventType("panel.meeting-scheduled", 1, MeetingScheduled.class),
            new EventType("panel.outcome-drafted", 1, OutcomeDrafted.class),
            new EventType("panel.outcome-finalised", 1, OutcomeFinalised.class),
            new EventType("panel.outcome-reviewed", 1, OutcomeReviewed.class),
            new EventType("panel.copied", 1, PanelCopied.class),
            new EventType("panel.drafted", 1, PanelDrafted.class),
            new EventType("panel.forwarded", 1, PanelForwarded.class),
            new EventType("panel.state-changed", 1, PanelStateChanged.class),
            new EventType("panel.study-attached", 1, StudyAttached.class),
            new EventType("panel.usefulness-rated", 1, UsefulnessRated.class),
            new EventType("patient.identifying-data-corrected", 1, IdentifyingDataCorrected.class),
            new EventType("patient.enrolled", 1, PatientEnrolled.class),
            new EventType("reference.disease-group-added", 1, DiseaseGroupAdded.class),
            new EventType("reference.provider-registered", 1, HealthcareProviderRegistered.class),
            new EventType("reference.provider-updated", 1, HealthcareProviderUpdated.class),
            new EventType("reference.network-established", 1, NetworkEstablished.class),
            new EventType("reference.provider-joined-ern", 1, ProviderJoinedErn.class),
            new EventType("reference.provider-left-ern", 1, ProviderLeftErn.class),
            new EventType("user.notification-preference-chosen", 1, NotificationPreferenceChosen.class),
            new EventType("user.role-granted", 1, RoleGranted.class),
            new EventType("user.role-revoked", 1, RoleRevoked.class),
            new EventType("user.profile-updated", 1, UserProfileUpdated.class),
            new EventType("user.registered", 1, UserRegistered.class));

    private static final Map<String, EventType> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventTypes() {
    }

    /** @throws IllegalArgumentException if the event's record has no stable name */
    static EventType of(DomainEvent event) {
        EventType type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no stable name for the event " + event.getClass().getSimpleName());
        }
        return type;
    }

    /** @throws IllegalArgumentException if no event has that stable name */
    static EventType named(String name) {
        EventType type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown event type " + name);
        }
        return type;
    }
}
