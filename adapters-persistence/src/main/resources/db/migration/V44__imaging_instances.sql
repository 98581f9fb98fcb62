-- The index of de-identified DICOM instances, by their pseudonymous SOP instance UID: which series and study
-- they belong to (pseudonymous UIDs), the pseudonymous patient id, and where the file is (the SHA-256 of its bytes
-- in the content-addressed store, on the ARCHIVE or in QUARANTINE). No foreign key to imaging_study: a study
-- whose instances are all in quarantine is not in imaging_study. seq keeps the arrival order.
CREATE TABLE imaging_instance (
    uid            VARCHAR(64)              NOT NULL,
    sop_class_uid  VARCHAR(64)              NOT NULL,
    series_uid     VARCHAR(64)              NOT NULL,
    study_uid      VARCHAR(64)              NOT NULL,
    patient_id     UUID                     NOT NULL,
    modality       VARCHAR(16)              NOT NULL,
    content_sha256 CHAR(64)                 NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    shelf          VARCHAR(16)              NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT pk_imaging_instance PRIMARY KEY (uid),
    CONSTRAINT ck_imaging_instance_shelf CHECK (shelf IN ('ARCHIVE', 'QUARANTINE')),
    CONSTRAINT ck_imaging_instance_size CHECK (size_bytes >= 1)
);

-- ImagingInstances.ofStudy: by series, then in arrival order.
CREATE INDEX ix_imaging_instance_study ON imaging_instance (study_uid, series_uid, seq);
