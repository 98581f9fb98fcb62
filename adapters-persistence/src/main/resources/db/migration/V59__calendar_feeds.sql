-- Issue 11: each user's calendar feed. calendar_entry holds every meeting once per attendee, as its last committed
-- change left it (the SEQUENCE its invitation carried); calendar_feed holds each user's feed secret as its SHA-256
-- digest only, at most one per user.
CREATE TABLE calendar_entry (
    meeting_id  UUID                     NOT NULL,
    attendee_id UUID                     NOT NULL,
    panel_id    UUID                     NOT NULL,
    nickname    VARCHAR(100)             NOT NULL,
    start_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    video_link  VARCHAR(4000)            NOT NULL,
    sequence_no BIGINT                   NOT NULL,
    cancelled   BOOLEAN                  NOT NULL,
    CONSTRAINT pk_calendar_entry PRIMARY KEY (meeting_id, attendee_id)
);

-- CalendarEntries.of: one attendee's entries ending after a time.
CREATE INDEX ix_calendar_entry_attendee ON calendar_entry (attendee_id, end_at);

CREATE TABLE calendar_feed (
    user_id       UUID                     NOT NULL,
    secret_digest CHAR(64)                 NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (user_id),
    CONSTRAINT uq_calendar_feed_digest UNIQUE (secret_digest)
);
