package org.opencpms.domain.panel;

import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/**
 * Something that happened to a panel. Every panel event names the panel and who caused it, and
 * carries ids and non-identifying data only (never free clinical text).
 */
public sealed interface PanelEvent extends DomainEvent permits PanelDrafted, PanelCopied, PanelStateChanged,
        ConsultationFormEdited, StudyAttached, DeadlineSet, LeadHandedOver, ExpertInvited, InvitationAccepted, InvitationDeclined,
        PanelForwarded, CommentPosted, DataRequested, DataRequestAnswered, ContributionRecorded, ContributionCommented,
        MeetingScheduled, MeetingRescheduled, MeetingCancelled, MeetingRecordingAttached, OutcomeDrafted, OutcomeReviewed,
        OutcomeFinalised, UsefulnessRated {

    PanelId panel();

    /** Who caused it. */
    UserId by();
}
