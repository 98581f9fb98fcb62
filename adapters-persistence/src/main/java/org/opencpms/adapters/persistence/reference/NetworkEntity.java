package org.opencpms.adapters.persistence.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.opencpms.domain.reference.Ern;

/** A row of {@code network} with its rows of {@code network_disease_group}, by position. */
@Entity
@Table(name = "network")
class NetworkEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "ern")
    Ern ern;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_disease_group", joinColumns = @JoinColumn(name = "ern"))
    @OrderColumn(name = "position")
    List<DiseaseGroupEmbeddable> diseaseGroups = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected NetworkEntity() {
    }

    NetworkEntity(Ern ern) {
        this.ern = ern;
    }
}
