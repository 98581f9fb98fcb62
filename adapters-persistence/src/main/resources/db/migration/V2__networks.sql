-- Reference data per ERN (one network per ERN) and its thematic disease groups, in the order added.
CREATE TABLE network (
    ern     VARCHAR(32) NOT NULL,
    version BIGINT      NOT NULL,
    CONSTRAINT pk_network PRIMARY KEY (ern),
    CONSTRAINT ck_network_version CHECK (version >= 1)
);

CREATE TABLE network_disease_group (
    ern      VARCHAR(32)  NOT NULL,
    position INTEGER      NOT NULL,
    code     VARCHAR(32)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    CONSTRAINT pk_network_disease_group PRIMARY KEY (ern, position),
    CONSTRAINT fk_network_disease_group_network FOREIGN KEY (ern) REFERENCES network (ern)
);
