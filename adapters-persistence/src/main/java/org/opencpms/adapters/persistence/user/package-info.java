/**
 * Storage of the users ({@link org.opencpms.adapters.persistence.user.JpaUsers}): profile, role
 * grants and notification preferences.
 *
 * <p>Invariants: an OpenID Connect issuer and subject belong to at most one user (a unique
 * constraint, translated to {@code SubjectAlreadyRegistered}); every save checks and increments the
 * version; entities never leave the package.
 */
package org.opencpms.adapters.persistence.user;
