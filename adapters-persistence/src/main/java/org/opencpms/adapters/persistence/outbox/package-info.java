/**
 * The transactional outbox: domain events written as rows of {@code outbox} in the transaction of
 * the change that caused them, and read back by a relay after commit.
 *
 * <p>Invariants: a row exists exactly for the events of committed transactions; its payload
 * rebuilds the published event record; a row is pending until marked published, and marking is
 * done once.
 */
package org.opencpms.adapters.persistence.outbox;
