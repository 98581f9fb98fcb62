/**
 * The audit trail in the database: an append-only, hash-chained table ({@code audit_entry}) and its
 * head ({@code audit_head}).
 *
 * <p>Invariants: records are numbered 1, 2, 3, ... without gaps in the order they were appended;
 * each record's hash is the SHA-256 of its own fields and of its predecessor's hash (64 zeros for
 * the first); appends are serialised by a lock on the head row, which always names the last record;
 * nothing here updates or deletes a record. {@link org.opencpms.adapters.persistence.audit.JpaAuditTrail#verify()}
 * reports the first record that breaks these invariants.
 */
package org.opencpms.adapters.persistence.audit;
