/**
 * Use cases of users: first sign-in (registration), sign-in, role grants, profile and notification
 * preferences, and the account view.
 *
 * <p>Invariants kept here: every sign-in is audited as {@code LOGIN}; an OpenID Connect subject
 * belongs to one user ({@code user.already-registered}); a centre assistant grant names a user who
 * is a health professional at that centre ({@code user.acting-for-not-hp}, checked against
 * {@link org.opencpms.domain.user.Users} because it spans two users); an account is seen by its user
 * and by coordinators only ({@code user.view-forbidden}).
 */
package org.opencpms.application.user;
