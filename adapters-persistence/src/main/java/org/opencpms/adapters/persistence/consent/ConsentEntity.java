package org.opencpms.adapters.persistence.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;
import org.opencpms.domain.consent.ConsentKind;

/**
 * A row of {@code consent}: the consent as given, who recorded it and when, and its withdrawal (null
 * columns while in force). {@code seq} is numbered by the database on insert and only read, for the
 * order in which consents were first saved.
 */
@Entity
@Table(name = "consent")
@Customizer(UuidColumns.class)
@NamedQuery(name = ConsentEntity.OF_PATIENT, query = "SELECT c FROM ConsentEntity c WHERE c.patient = :patient ORDER BY c.recordedAt, c.seq")
class ConsentEntity {

    /** A patient's consents in the order recorded, on {@code ix_consent_patient}. */
    static final String OF_PATIENT = "ConsentEntity.ofPatient";

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    @Column(name = "patient_id", nullable = false)
    UUID patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    ConsentKind kind;

    @Column(name = "given_on", nullable = false)
    LocalDate givenOn;

    @Column(name = "form_version", nullable = false)
    String formVersion;

    @Column(name = "form_language", nullable = false)
    String formLanguage;

    @Column(name = "document_storage_key")
    String documentStorageKey;

    @Column(name = "document_media_type")
    String documentMediaType;

    @Column(name = "recorded_by", nullable = false)
    UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    OffsetDateTime recordedAt;

    @Column(name = "withdrawn_on")
    LocalDate withdrawnOn;

    @Column(name = "withdrawal_recorded_at")
    OffsetDateTime withdrawalRecordedAt;

    @Column(name = "withdrawal_recorded_by")
    UUID withdrawalRecordedBy;

    @Column(name = "withdrawal_reason")
    String withdrawalReason;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ConsentEntity() {
    }

    ConsentEntity(UUID id) {
        this.id = id;
    }
}
