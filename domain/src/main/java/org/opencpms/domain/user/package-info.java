/**
 * Users, their roles and how they act.
 *
 * <p>A {@link org.opencpms.domain.user.User} is identified by the OpenID Connect
 * {@link org.opencpms.domain.user.Subject} (issuer and subject) its provider vouches for; OpenCPMS
 * keeps no password. What a user may do comes from their {@link org.opencpms.domain.user.RoleGrant}s,
 * each scoped to an ERN, a centre, a health professional or a panel; the edge turns a signed-in user
 * into an {@link org.opencpms.domain.user.Actor} and every rule asks the actor.
 *
 * <p>Invariants: a subject belongs to one user ({@code user.already-registered}); role grants satisfy
 * their scope rules ({@code RoleGrant}); a role held in an ERN is given or taken back only by a
 * coordinator of that ERN ({@link org.opencpms.domain.user.Actor#mayGrant}); a centre assistant acts
 * for a user who is a health professional at that centre when the grant is given
 * ({@code user.acting-for-not-hp}), never for themselves, and is never also a guest expert; every
 * notification kind has exactly one channel; a user's profile and preferences are changed only by
 * that user.
 */
package org.opencpms.domain.user;
