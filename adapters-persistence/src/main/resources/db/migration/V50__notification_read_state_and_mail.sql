-- Issue 11/12: the language a user reads their e-mails in; what each notification tells (its topic and the facts
-- its messages name) and whether its recipient read it; the e-mails still to send, one per notification on an
-- e-mail channel, claimed by one mail worker at a time (lease) across every node.
ALTER TABLE app_user ADD COLUMN language VARCHAR(2) DEFAULT 'EN' NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_language CHECK (language IN ('EN', 'DE', 'FR'));

ALTER TABLE notification ADD COLUMN topic VARCHAR(40);
ALTER TABLE notification ADD COLUMN facts VARCHAR(1000) DEFAULT '{}' NOT NULL;
ALTER TABLE notification ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;

-- Notifications kept before topics existed: their topic from the English subject they were written with.
UPDATE notification SET topic = CASE
    WHEN subject LIKE 'Invitation to panel%' THEN 'EXPERT_INVITED'
    WHEN subject LIKE 'Panel forwarded to%' THEN 'PANEL_FORWARDED'
    WHEN subject LIKE 'New comment on a contribution%' THEN 'CONTRIBUTION_COMMENTED'
    WHEN subject LIKE 'New comment%' THEN 'COMMENT_POSTED'
    WHEN subject LIKE 'Request for additional data%' THEN 'DATA_REQUESTED'
    WHEN subject LIKE 'Additional data provided%' THEN 'DATA_REQUEST_ANSWERED'
    WHEN subject LIKE 'Meeting scheduled%' THEN 'MEETING_SCHEDULED'
    WHEN subject LIKE 'Meeting moved%' THEN 'MEETING_RESCHEDULED'
    WHEN subject LIKE 'Meeting cancelled%' THEN 'MEETING_CANCELLED'
    WHEN subject LIKE 'Outcome ready%' THEN 'OUTCOME_DRAFTED'
    WHEN subject LIKE 'Outcome final%' THEN 'OUTCOME_FINALISED'
    WHEN subject LIKE 'Access request%' THEN 'ACCESS_REQUESTED'
    WHEN subject LIKE 'Access granted%' THEN 'ACCESS_ACCEPTED'
    WHEN subject LIKE 'Access refused%' THEN 'ACCESS_REJECTED'
    WHEN kind = 'INVITATION' THEN 'EXPERT_INVITED'
    WHEN kind = 'COMMENT' THEN 'COMMENT_POSTED'
    WHEN kind = 'DATA_REQUEST' THEN 'DATA_REQUESTED'
    WHEN kind = 'MEETING' THEN 'MEETING_SCHEDULED'
    WHEN kind = 'OUTCOME_READY' THEN 'OUTCOME_DRAFTED'
    ELSE 'ACCESS_REQUESTED' END;
ALTER TABLE notification ALTER COLUMN topic SET NOT NULL;

-- Notifications.inboxOf(unreadOnly): a user's unread notifications, newest first.
CREATE INDEX ix_notification_recipient_unread ON notification (recipient_id, read_at, notified_at DESC, seq DESC);

-- One row per notification on an e-mail channel (notifications kept before this table are not mailed).
CREATE TABLE mail_delivery (
    notification_id UUID                     NOT NULL,
    state           VARCHAR(8)               NOT NULL,
    attempts        INTEGER                  DEFAULT 0 NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until    TIMESTAMP WITH TIME ZONE,
    last_failure    VARCHAR(200),
    failed_at       TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_mail_delivery PRIMARY KEY (notification_id),
    CONSTRAINT fk_mail_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
    CONSTRAINT ck_mail_delivery_state CHECK (state IN ('PENDING', 'SENT', 'DEAD')),
    CONSTRAINT ck_mail_delivery_attempts CHECK (attempts >= 0)
);

-- MailQueue.claim: the pending mails, the earliest due first; dead(): the dead ones.
CREATE INDEX ix_mail_delivery_due ON mail_delivery (state, due_at);
