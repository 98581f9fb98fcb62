-- The chat of each panel: append-only, one row per message, never updated or deleted.
-- seq numbers the messages in the order they were appended, to order messages posted at the same instant.
CREATE TABLE chat_message (
    id        UUID                     NOT NULL,
    panel_id  UUID                     NOT NULL,
    author_id UUID                     NOT NULL,
    text      VARCHAR(4000)            NOT NULL,
    posted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT pk_chat_message PRIMARY KEY (id),
    CONSTRAINT fk_chat_message_panel FOREIGN KEY (panel_id) REFERENCES panel (id)
);

-- ChatMessages.latest: a panel's latest messages.
CREATE INDEX ix_chat_message_panel_posted ON chat_message (panel_id, posted_at, seq);
