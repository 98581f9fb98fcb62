package org.opencpms.adapters.persistence.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestRejected;
import org.opencpms.domain.accessrequest.AccessRequested;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessagePosted;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.ConsentRecorded;
import org.opencpms.domain.consent.ConsentWithdrawn;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.panel.ConsultationFormEdited;
import org.opencpms.domain.panel.ContributionCommented;
import org.opencpms.domain.panel.ContributionRecorded;
import org.opencpms.domain.panel.DataRequestAnswered;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.DataRequested;
import org.opencpms.domain.panel.DeadlineSet;
import org.opencpms.domain.panel.ExpertInvited;
import org.opencpms.domain.panel.InvitationAccepted;
import org.opencpms.domain.panel.InvitationDeclined;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.LeadHandedOver;
import org.opencpms.domain.panel.MeetingCancelled;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingRecordingAttached;
import org.opencpms.domain.panel.MeetingRescheduled;
import org.opencpms.domain.panel.MeetingScheduled;
import org.opencpms.domain.panel.OutcomeDrafted;
import org.opencpms.domain.panel.OutcomeFinalised;
import org.opencpms.domain.panel.OutcomeReviewed;
import org.opencpms.domain.panel.PanelCopied;
import org.opencpms.domain.panel.PanelDrafted;
import org.opencpms.domain.panel.PanelForwarded;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.PanelStateChanged;
import org.opencpms.domain.panel.StudyAttached;
import org.opencpms.domain.panel.UsefulnessRated;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.patient.IdentifyingDataCorrected;
import org.opencpms.domain.patient.PatientEnrolled;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.DiseaseGroupAdded;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProviderRegistered;
import org.opencpms.domain.reference.HealthcareProviderUpdated;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.reference.NetworkEstablished;
import org.opencpms.domain.reference.ProviderJoinedErn;
import org.opencpms.domain.reference.ProviderLeftErn;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.NotificationPreferenceChosen;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.RoleGranted;
import org.opencpms.domain.user.RoleRevoked;
import org.opencpms.domain.user.UserProfileUpdated;
import org.opencpms.domain.user.UserRegistered;

/**
 * One event of every domain event type, with fixed values: what the stored-format fixtures under
 * {@code src/test/resources/stored-formats} hold, and what reading them must give back.
 */
final class StoredEventSamples {

    static final Instant AT = Instant.parse("2025-05-06T07:08:09.123456789Z");
    private static final PanelId PANEL = new PanelId(id(1));
    private static final UserId BY = new UserId(id(2));
    private static final UserId OTHER = new UserId(id(3));
    private static final ProviderId CENTRE = new ProviderId(id(4));
    private static final PatientId PATIENT = new PatientId(id(5));
    private static final MeetingId MEETING = new MeetingId(id(6));
    private static final AccessRequestId REQUEST = new AccessRequestId(id(7));
    private static final Set<UserId> ATTENDEES = Set.of(BY);

    private StoredEventSamples() {
    }

    static List<DomainEvent> all() {
        return List.of(
                new UserRegistered(BY, Country.of("NL"), AT),
                new UserProfileUpdated(BY, Country.of("BE"), AT),
                new RoleGranted(BY, RoleGrant.centreAssistant(CENTRE, OTHER), OTHER, AT),
                new RoleRevoked(BY, RoleGrant.guestExpert(PANEL), OTHER, AT),
                new NotificationPreferenceChosen(BY, NotificationKind.INVITATION, NotificationChannel.BOTH, AT),
                new ChatMessagePosted(new ChatMessageId(id(8)), PANEL, BY, AT),
                new HealthcareProviderRegistered(CENTRE, Country.of("DE"), AT),
                new HealthcareProviderUpdated(CENTRE, Country.of("AT"), AT),
                new NetworkEstablished(Ern.BOND, AT),
                new ProviderJoinedErn(CENTRE, Ern.BOND, MembershipType.AFFILIATED_PARTNER, AT),
                new ProviderLeftErn(CENTRE, Ern.BOND, AT),
                new DiseaseGroupAdded(Ern.BOND, "BOND-1", AT),
                new AccessRequested(REQUEST, BY, Ern.EURO_NMD, CENTRE, Set.of(Role.HEALTH_PROFESSIONAL), AT),
                new AccessRequestAccepted(REQUEST, BY, Ern.EURO_NMD, Set.of(RoleGrant.healthProfessional(Ern.EURO_NMD, CENTRE)),
                        OTHER, AT),
                new AccessRequestRejected(REQUEST, BY, Ern.EURO_NMD, OTHER, AT),
                new PatientEnrolled(PATIENT, new PseudonymId(id(9)), CENTRE, BY, OTHER, AT),
                new IdentifyingDataCorrected(PATIENT, BY, AT),
                new ConsentRecorded(new ConsentId(id(10)), PATIENT, ConsentKind.CARE, BY, AT),
                new ConsentWithdrawn(new ConsentId(id(10)), PATIENT, ConsentKind.REGISTRY_INCLUSION, BY, AT),
                new PanelDrafted(PANEL, PATIENT, Ern.EURO_NMD, true, BY, AT),
                new PanelCopied(PANEL, new PanelId(id(11)), BY, AT),
                new PanelStateChanged(PANEL, PanelState.DRAFT, PanelState.PANEL_SELECTION, "ready \"to\" go", BY, AT),
                new ConsultationFormEdited(PANEL, BY, AT),
                new StudyAttached(PANEL, new StudyInstanceUid("1.2.826.0.1.3680043.8.498.1"), BY, AT),
                new DeadlineSet(PANEL, AT.plusSeconds(86_400), BY, AT),
                new LeadHandedOver(PANEL, BY, OTHER, BY, AT),
                new ExpertInvited(PANEL, OTHER, InvitationKind.OTHER_ERN, BY, AT),
                new InvitationAccepted(PANEL, OTHER, AT),
                new InvitationDeclined(PANEL, OTHER, AT),
                new PanelForwarded(PANEL, Ern.EURO_NMD, Ern.RND, "better placed", BY, AT),
                new CommentPosted(PANEL, BY, AT),
                new DataRequested(PANEL, new DataRequestId(id(12)), BY, AT),
                new DataRequestAnswered(PANEL, new DataRequestId(id(12)), BY, 2, OTHER, AT),
                new ContributionRecorded(PANEL, true, BY, AT),
                new ContributionCommented(PANEL, OTHER, BY, AT),
                new MeetingScheduled(PANEL, MEETING, AT.plusSeconds(3600), Duration.ofMinutes(45), ATTENDEES,
                        VideoLink.of("https://meet.example.org/panel?room=1"), BY, AT),
                new MeetingRescheduled(PANEL, MEETING, AT.plusSeconds(7200), Duration.ofMinutes(90), ATTENDEES, BY, AT),
                new MeetingCancelled(PANEL, MEETING, ATTENDEES, BY, AT),
                new MeetingRecordingAttached(PANEL, MEETING, BY, AT),
                new OutcomeDrafted(PANEL, BY, AT),
                new OutcomeReviewed(PANEL, Agreement.AGREE, OTHER, AT),
                new OutcomeFinalised(PANEL, BY, AT),
                new UsefulnessRated(PANEL, 4, BY, AT));
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
