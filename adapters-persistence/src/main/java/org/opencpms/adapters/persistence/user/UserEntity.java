package org.opencpms.adapters.persistence.user;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/**
 * A row of {@code app_user} with its grants ({@code app_user_grant}) and its notification
 * preferences ({@code app_user_notification_preference}: channel by kind, as enum names).
 * {@code seq} is numbered by the database on insert and only read, for the registration order.
 */
@Entity
@Table(name = "app_user")
@Customizer(UuidColumns.class)
class UserEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    @Column(name = "oidc_issuer", nullable = false)
    String issuer;

    @Column(name = "oidc_subject", nullable = false)
    String subject;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "country", nullable = false)
    String country;

    @Column(name = "language", nullable = false)
    String language = "EN";

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    List<GrantEntity> grants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "app_user_notification_preference", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "kind")
    @Column(name = "channel", nullable = false)
    Map<String, String> preferences = new HashMap<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected UserEntity() {
    }

    UserEntity(UUID id) {
        this.id = id;
    }
}
