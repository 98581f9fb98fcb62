package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.eclipse.persistence.config.QueryHints;

/**
 * The single row of {@code audit_head}: the sequence number and hash of the last appended record.
 * Every append reads it with a row lock and moves it on, which serialises appends; it is never
 * loaded as an entity on that path (see {@link #LOCK}).
 */
@Entity
@Table(name = "audit_head")
@NamedNativeQuery(name = AuditHeadEntity.LOCK, query = "SELECT last_seq, last_hash FROM audit_head WHERE id = ? FOR UPDATE",
        hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
@NamedNativeQuery(name = AuditHeadEntity.ADVANCE,
        query = "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = ? AND last_seq = ?",
        hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
class AuditHeadEntity {

    /** The id of the only row. */
    static final int ID = 1;

    /**
     * The last sequence number and hash, the head row locked ({@code SELECT ... FOR UPDATE}, which
     * PostgreSQL and H2 both understand) until the transaction ends; parameter 1 is the row's id.
     * Plain SQL because EclipseLink prepares a JPA query with a lock mode again on every call (an
     * eighth of an enrolment's JVM time when it was one), and reading the entity would also compare
     * it at every flush. Neither query flushes first ({@code eclipselink.flush=false}):
     * {@code JpaAuditTrail.record} has just flushed, and they touch nothing else.
     */
    static final String LOCK = "AuditHeadEntity.lock";

    /**
     * Moves the locked head: parameters 1 and 2 are the new sequence number and hash, 3 the row's id, 4 the sequence
     * number it moves from. Plain SQL too: a JPQL bulk update cost EclipseLink a twentieth of an enrolment.
     */
    static final String ADVANCE = "AuditHeadEntity.advance";

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHeadEntity() {
    }
}
