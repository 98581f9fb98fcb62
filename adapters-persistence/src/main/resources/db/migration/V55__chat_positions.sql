-- Live chat: every message gets its position in its panel's chat (1, 2, 3... without gaps), the id of a
-- Server-Sent Event that a client resumes from. chat_channel holds each panel's last position; appending a
-- message increments it, which locks the panel's row until commit, so positions of one panel are committed
-- in order: a reader that saw position n has missed nothing below n.
CREATE TABLE chat_channel (
    panel_id      UUID   NOT NULL,
    last_position BIGINT NOT NULL,
    CONSTRAINT pk_chat_channel PRIMARY KEY (panel_id),
    CONSTRAINT fk_chat_channel_panel FOREIGN KEY (panel_id) REFERENCES panel (id)
);

ALTER TABLE chat_message ADD COLUMN panel_position BIGINT;

-- The messages stored so far, numbered in the order the history listed them (posted_at, then seq).
UPDATE chat_message SET panel_position = (
    SELECT COUNT(*) FROM chat_message earlier
    WHERE earlier.panel_id = chat_message.panel_id
      AND (earlier.posted_at < chat_message.posted_at
           OR (earlier.posted_at = chat_message.posted_at AND earlier.seq <= chat_message.seq)));

ALTER TABLE chat_message ALTER COLUMN panel_position SET NOT NULL;
ALTER TABLE chat_message ADD CONSTRAINT uq_chat_message_position UNIQUE (panel_id, panel_position);

INSERT INTO chat_channel (panel_id, last_position)
SELECT panel_id, MAX(panel_position) FROM chat_message GROUP BY panel_id;

-- Reads go by position now (the unique constraint's index).
DROP INDEX ix_chat_message_panel_posted;
