-- De-identified imaging studies, by their pseudonymous study instance UID. patient_id is the
-- pseudonymous patient id; nothing here identifies the patient. seq keeps the arrival order, which
-- a save that replaces what is known of a study does not change.
CREATE TABLE imaging_study (
    uid            VARCHAR(64)              NOT NULL,
    patient_id     UUID                     NOT NULL,
    panel_id       UUID,
    modalities     TEXT                     NOT NULL,
    series_count   INTEGER                  NOT NULL,
    instance_count INTEGER                  NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT pk_imaging_study PRIMARY KEY (uid),
    CONSTRAINT fk_imaging_study_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT ck_imaging_study_counts CHECK (series_count >= 1 AND instance_count >= series_count)
);

-- ImageArchive.ofPatient and ImageArchive.attachedTo, in arrival order.
CREATE INDEX ix_imaging_study_patient ON imaging_study (patient_id, received_at, seq);
CREATE INDEX ix_imaging_study_panel ON imaging_study (panel_id, received_at, seq);
