-- Notifications delivered to users, on every channel; the in-app inbox is the in_app ones.
-- seq numbers them in the order delivered, to order notifications of the same instant.
-- Subjects and bodies never carry identifying patient data (see the notification package).
CREATE TABLE notification (
    id           UUID                     NOT NULL,
    recipient_id UUID                     NOT NULL,
    kind         VARCHAR(32)              NOT NULL,
    channel      VARCHAR(16)              NOT NULL,
    in_app       BOOLEAN                  NOT NULL,
    subject      VARCHAR(200)             NOT NULL,
    body         VARCHAR(4000)            NOT NULL,
    panel_id     UUID,
    notified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT ck_notification_channel CHECK (channel IN ('IN_APP', 'EMAIL', 'BOTH'))
);

-- Notifications.inboxOf: a user's notifications, newest first.
CREATE INDEX ix_notification_recipient_at ON notification (recipient_id, notified_at DESC, seq DESC);
