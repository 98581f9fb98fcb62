-- Access requests and their decisions. status is PENDING until decided; the decision columns are
-- null while pending, and the rejection reason is set exactly for a rejection.
CREATE TABLE access_request (
    id               UUID                     NOT NULL,
    requester_id     UUID                     NOT NULL,
    ern              VARCHAR(32)              NOT NULL,
    centre_id        UUID                     NOT NULL,
    roles            VARCHAR(200)             NOT NULL,
    acting_for       UUID,
    motivation       TEXT                     NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    decided_by       UUID,
    decided_at       TIMESTAMP WITH TIME ZONE,
    rejection_reason TEXT,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_access_request PRIMARY KEY (id),
    CONSTRAINT ck_access_request_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT ck_access_request_decision CHECK ((status = 'PENDING') = (decided_by IS NULL AND decided_at IS NULL)),
    CONSTRAINT ck_access_request_version CHECK (version >= 1)
);

-- AccessRequests.pendingFor: an ERN's requests in one status, oldest first.
CREATE INDEX ix_access_request_ern_status ON access_request (ern, status, requested_at, id);
