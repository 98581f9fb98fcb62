package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/** One row of {@code audit_entry}, identified by its chain and number in it: written once, never updated (no setters, no version). */
@Entity
@Table(name = "audit_entry")
@IdClass(AuditEntryEntity.Key.class)
@Customizer(UuidColumns.class)
class AuditEntryEntity {

    /** The identity of a record: its chain and its number in the chain. */
    public static final class Key implements Serializable {

        private int chain;
        private long seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.chain == chain && key.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(chain, seq);
        }
    }

    @Id
    @Column(name = "chain")
    private int chain;

    @Id
    @Column(name = "seq")
    private long seq;

    /** Numbered by the database on insert. */
    @Column(name = "ordinal", insertable = false, updatable = false)
    private Long ordinal;

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
        this.chain = record.chain();
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
