-- Healthcare providers (centres) and their ERN memberships (helper range V1..V19).
-- Tables of other aggregates refer to a centre by its id only, without a foreign key: each
-- aggregate is stored on its own, as the domain refers to other aggregates by id.
CREATE TABLE healthcare_provider (
    id      UUID         NOT NULL,
    name    VARCHAR(200) NOT NULL,
    country VARCHAR(2)   NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT pk_healthcare_provider PRIMARY KEY (id),
    CONSTRAINT ck_healthcare_provider_version CHECK (version >= 1)
);

-- At most one membership per ERN: the ERN is part of the key.
CREATE TABLE healthcare_provider_membership (
    provider_id     UUID        NOT NULL,
    ern             VARCHAR(32) NOT NULL,
    membership_type VARCHAR(32) NOT NULL,
    CONSTRAINT pk_healthcare_provider_membership PRIMARY KEY (provider_id, ern),
    CONSTRAINT fk_healthcare_provider_membership_provider FOREIGN KEY (provider_id) REFERENCES healthcare_provider (id),
    CONSTRAINT ck_healthcare_provider_membership_type
        CHECK (membership_type IN ('FULL_MEMBER', 'AFFILIATED_PARTNER', 'ASSOCIATED_PARTNER'))
);

-- HealthcareProviders.membersOf: the members of an ERN.
CREATE INDEX ix_healthcare_provider_membership_ern ON healthcare_provider_membership (ern, provider_id);
