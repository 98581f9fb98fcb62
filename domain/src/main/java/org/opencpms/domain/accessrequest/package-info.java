/**
 * Access requests: how a signed-in person obtains roles.
 *
 * <p>A person (a newcomer with no grants, or an existing user wanting more) files an
 * {@link org.opencpms.domain.accessrequest.AccessRequest} naming an ERN, a centre, the roles wanted
 * and, for a centre assistant, the health professional they will act for, with a motivation. A
 * coordinator of that ERN accepts or rejects it, once.
 *
 * <p>Invariants: roles held at a centre are requested only at a member centre of the ERN; a centre
 * assistant asks to act for a health professional of that centre (checked again when the grant is
 * given); guest expert and auditor roles are never requested; a request is decided exactly once, by a coordinator
 * of its ERN other than the requester; a rejection has a reason; only an accepted request yields
 * role grants, exactly those requested.
 */
package org.opencpms.domain.accessrequest;
