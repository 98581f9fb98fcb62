package org.opencpms.adapters.persistence.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opencpms.domain.reference.Ern;

/** A row of {@code ern_configuration}; {@code dataSet} is the JSON of {@link DataSetJson}. */
@Entity
@Table(name = "ern_configuration")
class ErnConfigurationEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "ern")
    Ern ern;

    @Column(name = "contribution_quorum", nullable = false)
    int contributionQuorum;

    @Column(name = "data_set", nullable = false)
    String dataSet;

    protected ErnConfigurationEntity() {
    }

    ErnConfigurationEntity(Ern ern) {
        this.ern = ern;
    }
}
