-- The configuration of each ERN: its contribution quorum and its customised data set, the latter a
-- JSON array of field definitions in the order the ERN defined them. Saving replaces the row.
CREATE TABLE ern_configuration (
    ern                 VARCHAR(32) NOT NULL,
    contribution_quorum INTEGER     NOT NULL,
    data_set            TEXT        NOT NULL,
    CONSTRAINT pk_ern_configuration PRIMARY KEY (ern),
    CONSTRAINT ck_ern_configuration_quorum CHECK (contribution_quorum >= 1)
);
