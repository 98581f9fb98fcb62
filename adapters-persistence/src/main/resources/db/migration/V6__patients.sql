-- Patients, pseudonymous data and identifying data in separate tables.
--
-- patient: what everyone who may see the patient sees (the pseudonym, the centre, the enrolling
-- health professional, the enrolment date, the sex). Clinical data (panels, consents, ...) refers to
-- a patient by patient.id only.
CREATE TABLE patient (
    id           UUID        NOT NULL,
    pseudonym_id UUID        NOT NULL,
    nickname     VARCHAR(64) NOT NULL,
    centre_id    UUID        NOT NULL,
    enrolling_hp UUID        NOT NULL,
    enrolled_on  DATE        NOT NULL,
    sex          VARCHAR(16) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_patient PRIMARY KEY (id),
    CONSTRAINT uq_patient_pseudonym_id UNIQUE (pseudonym_id),
    -- Patients.nicknameTaken: nicknames are unique across all patients.
    CONSTRAINT uq_patient_nickname UNIQUE (nickname),
    CONSTRAINT ck_patient_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT ck_patient_version CHECK (version >= 1)
);

-- Patients.listAtCentre: a centre's patients, most recently enrolled first, ties by id.
CREATE INDEX ix_patient_centre_enrolled ON patient (centre_id, enrolled_on DESC, id);

-- patient_identity: the identifying data, one row per patient, referenced by no other table.
-- Every identifying column holds an AES-GCM ciphertext ("<key id>:<base64 of IV and ciphertext>");
-- hospital_identifier_hash is a keyed HMAC-SHA256 of the centre and the hospital identifier (a
-- blind index), so that the identifier is unique per centre and can be looked up without being
-- stored in clear. centre_id repeats the patient's centre for that uniqueness.
CREATE TABLE patient_identity (
    patient_id               UUID        NOT NULL,
    centre_id                UUID        NOT NULL,
    given_name               TEXT        NOT NULL,
    family_name              TEXT        NOT NULL,
    date_of_birth            TEXT        NOT NULL,
    hospital_identifier      TEXT        NOT NULL,
    hospital_identifier_hash VARCHAR(64) NOT NULL,
    national_identifier      TEXT,
    CONSTRAINT pk_patient_identity PRIMARY KEY (patient_id),
    CONSTRAINT fk_patient_identity_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    -- Patients.findByHospitalIdentifier, and a hospital identifier is unique per centre.
    CONSTRAINT uq_patient_identity_hospital_identifier UNIQUE (centre_id, hospital_identifier_hash)
);
