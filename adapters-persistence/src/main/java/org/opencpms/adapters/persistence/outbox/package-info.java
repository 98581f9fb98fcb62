/**
 * The transactional outbox: domain events written as rows of {@code outbox} in the transaction of
 * the change that caused them, and read back by a relay after commit. A row names its event by a
 * stable type name and payload format version ({@link org.opencpms.adapters.persistence.outbox.EventTypes},
 * never a Java class name), so that event records may move or be renamed without stranding rows.
 *
 * <p>Invariants: a row exists exactly for the events of committed transactions; its payload
 * rebuilds the published event record; a row is pending until marked published, and marking is
 * done once.
 */
package org.opencpms.adapters.persistence.outbox;
