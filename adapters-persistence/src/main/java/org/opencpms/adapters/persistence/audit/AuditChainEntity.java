package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.eclipse.persistence.config.QueryHints;

/**
 * One row of {@code audit_chain}: the head of one chain, its last sequence number and hash. An append takes the head
 * of one chain with a row lock, held until its transaction ends, and moves it on; appends to one chain are thereby
 * serialised, appends to different chains are not. Never loaded as an entity on that path (see {@link #TAKE}).
 *
 * <p>Plain SQL because EclipseLink prepares a JPA query with a lock mode again on every call (an eighth of an
 * enrolment's JVM time when it was one), and reading the entity would also compare it at every flush; a JPQL bulk
 * update cost a twentieth of an enrolment. None of the queries flushes first ({@code eclipselink.flush=false}): the
 * append has just flushed, and they touch nothing else. {@code FOR UPDATE SKIP LOCKED} after {@code LIMIT} is
 * understood by PostgreSQL and H2 alike.
 */
@Entity
@Table(name = "audit_chain")
@NamedNativeQuery(name = AuditChainEntity.TAKE, query = "SELECT chain, last_seq, last_hash FROM audit_chain WHERE chain < ?"
        + " ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED", hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
@NamedNativeQuery(name = AuditChainEntity.LOCK, query = "SELECT chain, last_seq, last_hash FROM audit_chain WHERE chain = ?"
        + " FOR UPDATE", hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
@NamedNativeQuery(name = AuditChainEntity.ADVANCE,
        query = "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain = ? AND last_seq = ?",
        hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
class AuditChainEntity {

    /**
     * The head of the lowest-numbered chain below parameter 1 (the number of chains appended to) that no other
     * transaction holds, locked; no row when all are held.
     */
    static final String TAKE = "AuditChainEntity.take";

    /** The head of chain parameter 1, locked: waits while another transaction holds it. */
    static final String LOCK = "AuditChainEntity.lock";

    /**
     * Moves a locked head: parameters 1 and 2 are the new sequence number and hash, 3 the chain, 4 the sequence
     * number it moves from.
     */
    static final String ADVANCE = "AuditChainEntity.advance";

    @Id
    @Column(name = "chain")
    private int chain;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainEntity() {
    }
}
