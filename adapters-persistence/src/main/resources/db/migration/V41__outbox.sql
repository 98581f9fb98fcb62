-- The transactional outbox: every published domain event, written in the transaction of the change
-- that caused it; a relay reads the pending ones (published_at null) after commit and marks them.
CREATE SEQUENCE outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type    VARCHAR(255)             NOT NULL,
    payload       TEXT                     NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE
);

-- pending(limit): unpublished messages, oldest first; also serves the purge of published ones.
CREATE INDEX outbox_pending ON outbox (published_at, occurred_at, id);
