-- The start-up lock: one row that start-up work updates first in its transaction (StartUpLock), so that the
-- nodes of a cluster starting at once on this database do that work one after the other. held_since says when
-- a node last took it.
CREATE TABLE start_up_lock (
    id          INTEGER                  NOT NULL PRIMARY KEY,
    held_since  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT start_up_lock_one_row CHECK (id = 1)
);

INSERT INTO start_up_lock (id) VALUES (1);
