package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/** One row of {@code audit_entry}: written once, never updated (no setters, no version). */
@Entity
@Table(name = "audit_entry")
@Customizer(UuidColumns.class)
class AuditEntryEntity {

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

    @Column(name = "resource_type", nullable = false, length = 64)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 128)
    private String resourceId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "origin", nullable = false)
    private String origin;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(AuditRecord record) {
        this.seq = record.seq();
        this.occurredAt = AuditRecord.toColumn(record.at());
        this.actorId = record.actor();
        this.action = record.action();
        this.resourceType = record.resourceType();
        this.resourceId = record.resourceId();
        this.patientId = record.patient();
        this.origin = record.origin();
        this.purpose = record.purpose();
        this.previousHash = record.previousHash();
        this.hash = record.hash();
    }
}
