package org.opencpms.adapters.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code network_disease_group}, without its network and position. */
@Embeddable
class DiseaseGroupEmbeddable {

    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

    protected DiseaseGroupEmbeddable() {
    }

    DiseaseGroupEmbeddable(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
