-- The append-only audit trail, hash-chained: each record's hash is the SHA-256 of its own fields
-- and of its predecessor's hash (see JpaAuditTrail). Records are numbered 1, 2, 3, ... without gaps.
CREATE TABLE audit_entry (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       UUID,
    action         VARCHAR(32)              NOT NULL,
    resource_type  VARCHAR(64)              NOT NULL,
    resource_id    VARCHAR(128)             NOT NULL,
    patient_id     UUID,
    origin         TEXT                     NOT NULL,
    purpose        TEXT                     NOT NULL,
    previous_hash  VARCHAR(64)              NOT NULL,
    hash           VARCHAR(64)              NOT NULL
);

-- concerning(patient): the patient's entries in sequence order.
CREATE INDEX audit_entry_patient ON audit_entry (patient_id, seq);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append so that appends
-- are serialised; it holds the last sequence number and hash (0 and 64 zeros for an empty trail).
CREATE TABLE audit_head (
    id         INTEGER     NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
