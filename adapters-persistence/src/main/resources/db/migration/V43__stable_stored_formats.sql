-- Stored formats with stable names and versions (issue 15). Rows written before this migration named
-- their event by its Java class name, and the panel document's envelope was {"format":1,...}. From
-- now on an outbox row carries a stable type name chosen by us (the registry is the persistence
-- adapter's outbox.EventTypes) and the version of its payload format; a panel document starts with
-- {"type":"panel","version":1,...}. Payloads and document bodies keep their format (version 1).

ALTER TABLE outbox ADD COLUMN event_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE outbox ALTER COLUMN event_version DROP DEFAULT;

UPDATE outbox SET event_type = CASE event_type
    WHEN 'org.opencpms.domain.accessrequest.AccessRequested' THEN 'access-request.made'
    WHEN 'org.opencpms.domain.accessrequest.AccessRequestAccepted' THEN 'access-request.accepted'
    WHEN 'org.opencpms.domain.accessrequest.AccessRequestRejected' THEN 'access-request.rejected'
    WHEN 'org.opencpms.domain.chat.ChatMessagePosted' THEN 'chat.message-posted'
    WHEN 'org.opencpms.domain.consent.ConsentRecorded' THEN 'consent.recorded'
    WHEN 'org.opencpms.domain.consent.ConsentWithdrawn' THEN 'consent.withdrawn'
    WHEN 'org.opencpms.domain.panel.CommentPosted' THEN 'panel.comment-posted'
    WHEN 'org.opencpms.domain.panel.ConsultationFormEdited' THEN 'panel.form-edited'
    WHEN 'org.opencpms.domain.panel.ContributionCommented' THEN 'panel.contribution-commented'
    WHEN 'org.opencpms.domain.panel.ContributionRecorded' THEN 'panel.contribution-recorded'
    WHEN 'org.opencpms.domain.panel.DataRequestAnswered' THEN 'panel.data-request-answered'
    WHEN 'org.opencpms.domain.panel.DataRequested' THEN 'panel.data-requested'
    WHEN 'org.opencpms.domain.panel.DeadlineSet' THEN 'panel.deadline-set'
    WHEN 'org.opencpms.domain.panel.ExpertInvited' THEN 'panel.expert-invited'
    WHEN 'org.opencpms.domain.panel.InvitationAccepted' THEN 'panel.invitation-accepted'
    WHEN 'org.opencpms.domain.panel.InvitationDeclined' THEN 'panel.invitation-declined'
    WHEN 'org.opencpms.domain.panel.LeadHandedOver' THEN 'panel.lead-handed-over'
    WHEN 'org.opencpms.domain.panel.MeetingCancelled' THEN 'panel.meeting-cancelled'
    WHEN 'org.opencpms.domain.panel.MeetingRecordingAttached' THEN 'panel.meeting-recording-attached'
    WHEN 'org.opencpms.domain.panel.MeetingRescheduled' THEN 'panel.meeting-rescheduled'
    WHEN 'org.opencpms.domain.panel.MeetingScheduled' THEN 'panel.meeting-scheduled'
    WHEN 'org.opencpms.domain.panel.OutcomeDrafted' THEN 'panel.outcome-drafted'
    WHEN 'org.opencpms.domain.panel.OutcomeFinalised' THEN 'panel.outcome-finalised'
    WHEN 'org.opencpms.domain.panel.OutcomeReviewed' THEN 'panel.outcome-reviewed'
    WHEN 'org.opencpms.domain.panel.PanelCopied' THEN 'panel.copied'
    WHEN 'org.opencpms.domain.panel.PanelDrafted' THEN 'panel.drafted'
    WHEN 'org.opencpms.domain.panel.PanelForwarded' THEN 'panel.forwarded'
    WHEN 'org.opencpms.domain.panel.PanelStateChanged' THEN 'panel.state-changed'
    WHEN 'org.opencpms.domain.panel.StudyAttached' THEN 'panel.study-attached'
    WHEN 'org.opencpms.domain.panel.UsefulnessRated' THEN 'panel.usefulness-rated'
    WHEN 'org.opencpms.domain.patient.IdentifyingDataCorrected' THEN 'patient.identifying-data-corrected'
    WHEN 'org.opencpms.domain.patient.PatientEnrolled' THEN 'patient.enrolled'
    WHEN 'org.opencpms.domain.reference.DiseaseGroupAdded' THEN 'reference.disease-group-added'
    WHEN 'org.opencpms.domain.reference.HealthcareProviderRegistered' THEN 'reference.provider-registered'
    WHEN 'org.opencpms.domain.reference.HealthcareProviderUpdated' THEN 'reference.provider-updated'
    WHEN 'org.opencpms.domain.reference.NetworkEstablished' THEN 'reference.network-established'
    WHEN 'org.opencpms.domain.reference.ProviderJoinedErn' THEN 'reference.provider-joined-ern'
    WHEN 'org.opencpms.domain.reference.ProviderLeftErn' THEN 'reference.provider-left-ern'
    WHEN 'org.opencpms.domain.user.NotificationPreferenceChosen' THEN 'user.notification-preference-chosen'
    WHEN 'org.opencpms.domain.user.RoleGranted' THEN 'user.role-granted'
    WHEN 'org.opencpms.domain.user.RoleRevoked' THEN 'user.role-revoked'
    WHEN 'org.opencpms.domain.user.UserProfileUpdated' THEN 'user.profile-updated'
    WHEN 'org.opencpms.domain.user.UserRegistered' THEN 'user.registered'
    ELSE event_type END;

-- The writer (JSON-P) wrote the document compact, its envelope first: '{"format":1,' is 12 characters.
UPDATE panel SET document = '{"type":"panel","version":1,' || SUBSTRING(document, 13)
 WHERE document LIKE '{"format":1,%';
