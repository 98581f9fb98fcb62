package org.opencpms.adapters.persistence.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/**
 * A row of {@code healthcare_provider} with its rows of {@code healthcare_provider_membership}: the
 * membership type by ERN, both as their enum names (plain strings, because EclipseLink cannot bind a
 * query parameter on an enum map key).
 */
@Entity
@Table(name = "healthcare_provider")
@Customizer(UuidColumns.class)
class HealthcareProviderEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "country", nullable = false)
    String country;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "healthcare_provider_membership", joinColumns = @JoinColumn(name = "provider_id"))
    @MapKeyColumn(name = "ern")
    @Column(name = "membership_type", nullable = false)
    Map<String, String> memberships = new HashMap<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected HealthcareProviderEntity() {
    }

    HealthcareProviderEntity(UUID id) {
        this.id = id;
    }
}
