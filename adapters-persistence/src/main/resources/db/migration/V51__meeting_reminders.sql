-- Issue 11: the reminders still to give before meetings, one per meeting, due at its start minus the lead time;
-- taking one deletes it in the transaction that delivers it (one node gives each reminder).
CREATE TABLE meeting_reminder (
    meeting_id UUID                     NOT NULL,
    panel_id   UUID                     NOT NULL,
    due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_meeting_reminder PRIMARY KEY (meeting_id)
);

-- MeetingReminders.take: the due ones, earliest first.
CREATE INDEX ix_meeting_reminder_due ON meeting_reminder (due_at);
