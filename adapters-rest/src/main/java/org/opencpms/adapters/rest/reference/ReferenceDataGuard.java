package org.opencpms.adapters.rest.reference;

import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.domain.user.Actor;

/**
 * Who may create reference data over HTTP. {@code RegisterHealthcareProvider} and {@code EstablishNetwork} are
 * deployment operations whose commands name no actor, so no domain rule says who may call them; rather than open
 * them to every signed-in user, the edge admits coordinators (of any ERN), the role that already manages memberships
 * and disease groups. Anyone else: 403 {@code reference.forbidden}. This is a stopgap until the application gives
 * these use cases an actor and a rule; it is the only authorisation decision taken by the REST adapter.
 */
final class ReferenceDataGuard {

    static final String FORBIDDEN = "reference.forbidden";

    private ReferenceDataGuard() {
    }

    /** @throws ProblemException 403 {@code reference.forbidden} unless the actor coordinates an ERN */
    static void requireMayCreateReferenceData(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new ProblemException(403, FORBIDDEN, "Forbidden",
                    "Only coordinators may register centres and establish networks.");
        }
    }
}
