package org.opencpms.application.user;

import java.util.Collection;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * The cross-aggregate check on centre assistant grants: the health professional an assistant acts
 * for must be a user who holds a health professional role (or coordinator/dispatcher) at that very
 * centre. Other grants pass unchecked.
 */
public final class AssistantGrants {

    private AssistantGrants() {
    }

    /** @throws ActingForNotHealthProfessional {@code user.acting-for-not-hp} for an assistant grant naming anyone else */
    public static void requireActingForHealthProfessionals(Users users, Collection<RoleGrant> grants) {
        for (RoleGrant grant : grants) {
            if (grant.role() == Role.CENTRE_ASSISTANT && !users.find(grant.actingFor())
                    .map(User::asActor)
                    .filter(hp -> hp.isHealthProfessionalAt(grant.centre()))
                    .isPresent()) {
                throw new ActingForNotHealthProfessional();
            }
        }
    }
}
