/**
 * The audit trail: every read or change of patient data, every panel transition, every login and
 * access decision, recorded as an {@link org.opencpms.domain.audit.AuditEntry}.
 *
 * <p>Invariants: entries are append-only (the port has no update or delete); an entry names who
 * (the acting user, or none for the system), what (action and resource), when, from where (origin)
 * and why (purpose); an entry concerning a patient carries the patient's id, never identifying
 * data, so that the trail itself does not leak identity. Tamper evidence (hash chaining) is the
 * storing adapter's duty ({@link org.opencpms.domain.audit.AuditChain}), anchored outside the database by signed
 * {@link org.opencpms.domain.audit.Checkpoint}s ({@link org.opencpms.domain.audit.CheckpointLog}).
 */
package org.opencpms.domain.audit;
