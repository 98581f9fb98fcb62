/**
 * Use cases of users: first sign-in (registration), sign-in, role grants, profile and notification
 * preferences, and the account view.
 *
 * <p>Invariants kept here: every sign-in is audited as {@code LOGIN}; registration looks the subject
 * up first, so that a subject already registered is refused ({@code user.already-registered}) before
 * anything is stored; a grant of a centre assistant is decided by the domain against the health
 * professional it names, which the use case loads by id (an unknown id counts as no health
 * professional, so ids cannot be probed). Who may see an account is decided by
 * {@link org.opencpms.domain.access.AccessPolicy}, who may change it by
 * {@link org.opencpms.domain.user.User}.
 */
package org.opencpms.application.user;
