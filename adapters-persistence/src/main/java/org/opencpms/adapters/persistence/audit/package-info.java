/**
 * The audit trail in the database: append-only, hash-chained records ({@code audit_entry}) in several independent
 * chains, each with its head ({@code audit_chain}), and signed checkpoints of the heads outside the database
 * ({@link org.opencpms.adapters.persistence.audit.FileCheckpointLog}).
 *
 * <p>Invariants: every record belongs to one chain; a chain's records are numbered 1, 2, 3, ... without gaps in the
 * order they were appended to it; each record's hash is the SHA-256 of its own fields, its chain number (except in
 * chain 0, which continues the single chain of earlier versions in its format) and its predecessor's hash in the
 * chain (64 zeros for the first); appends to a chain are serialised by a lock on its head row, which always names its
 * last record, while appends to different chains run side by side; nothing here updates or deletes a record.
 * {@link org.opencpms.adapters.persistence.audit.JpaAuditTrail#verify()} walks every chain and reports the first
 * record that breaks these invariants.
 *
 * <p>Setting: {@code opencpms.audit.chains} (MicroProfile Config, read by the composition root into
 * {@link org.opencpms.adapters.persistence.audit.AuditChains}): how many chains transactions append to, 1 to 64,
 * default 8. Up to that many audited transactions commit at once; changing it leaves every stored chain verifiable.
 */
package org.opencpms.adapters.persistence.audit;
