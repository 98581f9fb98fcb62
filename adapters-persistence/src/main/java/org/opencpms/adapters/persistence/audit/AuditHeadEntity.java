package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The single row of {@code audit_head}: the sequence number and hash of the last appended record.
 * Every append reads it with a pessimistic write lock, which serialises appends.
 */
@Entity
@Table(name = "audit_head")
@NamedQuery(name = AuditHeadEntity.LOCK, query = "SELECT h FROM AuditHeadEntity h WHERE h.id = :id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
class AuditHeadEntity {

    /** The id of the only row. */
    static final int ID = 1;

    /**
     * The head row, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. A named query
     * is prepared once; {@code em.find} with a lock mode would prepare its query again on every call.
     */
    static final String LOCK = "AuditHeadEntity.lock";

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHeadEntity() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advanceTo(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
