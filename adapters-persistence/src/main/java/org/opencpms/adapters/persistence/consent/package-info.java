/**
 * Storage of the consents ({@link org.opencpms.adapters.persistence.consent.JpaConsents}).
 *
 * <p>Invariants: a consent row is never deleted; its withdrawal columns are all null or all set
 * (a check constraint); consents refer to their patient by the patient's id only, never to the
 * patient's identity; every save checks and increments the version; entities never leave the
 * package.
 */
package org.opencpms.adapters.persistence.consent;
