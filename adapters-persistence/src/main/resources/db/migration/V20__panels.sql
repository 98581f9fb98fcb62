-- Panels (helper range V20..V39). A panel is pseudonymous: it refers to its patient by the patient's
-- id only and never to the patient's identity (no column of, and no foreign key to, patient_identity).
--
-- panel: one row per panel. The complete panel (its snapshot without the version) is the JSON
-- document; the other columns are projections of it, written in the same statement, for the
-- queries: a patient's panels, "my panels" (through panel_participant) and the KPI facts.
CREATE TABLE panel (
    id                   UUID                     NOT NULL,
    patient_id           UUID                     NOT NULL,
    patient_centre_id    UUID                     NOT NULL,
    lead_ern             VARCHAR(40)              NOT NULL,
    lead_id              UUID                     NOT NULL,
    state                VARCHAR(20)              NOT NULL,
    urgent               BOOLEAN                  NOT NULL,
    drafted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at            TIMESTAMP WITH TIME ZONE,
    outcome_finalised_at TIMESTAMP WITH TIME ZONE,
    usefulness           INTEGER,
    deadline             TIMESTAMP WITH TIME ZONE,
    document             TEXT                     NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_panel PRIMARY KEY (id),
    CONSTRAINT ck_panel_state CHECK (state IN ('DRAFT', 'PANEL_SELECTION', 'ASSESSMENT', 'SIGN_OFF', 'CLOSED',
                                               'ARCHIVED', 'ABORTED', 'DELETED')),
    CONSTRAINT ck_panel_usefulness CHECK (usefulness BETWEEN 1 AND 5),
    CONSTRAINT ck_panel_version CHECK (version >= 1)
);

-- Panels.ofPatient: a patient's panels, the most recently drafted first.
CREATE INDEX ix_panel_patient ON panel (patient_id, drafted_at DESC, id);
-- KpiFacts.panels(ern): the panels led by an ERN.
CREATE INDEX ix_panel_lead_ern ON panel (lead_ern, state);

-- panel_participant: who takes part in which panel, rewritten from the panel on every save.
-- LEAD: the lead; MEMBER: accepted an invitation or led the panel before; INVITED: a pending
-- invitation. drafted_at is the panel's (immutable) drafting time, copied here so that "my panels"
-- is read from one index in the order it is listed.
CREATE TABLE panel_participant (
    panel_id   UUID                     NOT NULL,
    user_id    UUID                     NOT NULL,
    role       VARCHAR(10)              NOT NULL,
    drafted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_panel_participant PRIMARY KEY (panel_id, user_id),
    CONSTRAINT fk_panel_participant_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT ck_panel_participant_role CHECK (role IN ('LEAD', 'MEMBER', 'INVITED'))
);

-- Panels.involving: a user's panels, the most recently drafted first.
CREATE INDEX ix_panel_participant_user ON panel_participant (user_id, drafted_at DESC, panel_id);
