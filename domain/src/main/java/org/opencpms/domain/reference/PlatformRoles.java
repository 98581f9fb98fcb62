package org.opencpms.domain.reference;

import org.opencpms.domain.shared.Require;

/**
 * What reference data asks of whoever changes it: whether they operate the platform. The acting user
 * ({@code org.opencpms.domain.user.Actor}) is one; reference data names this interface rather than the actor
 * because users are described in terms of reference data (ERNs, countries) and the domain packages form no cycle.
 */
public interface PlatformRoles {

    /** Whether they are a platform operator named in the deployment's configuration. */
    boolean isOperator();

    /**
     * The rule of all reference data: centres, their ERN memberships, networks, disease groups and an ERN's
     * coordinators change only through a platform operator.
     *
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     */
    static void requireOperator(PlatformRoles by) {
        if (!Require.present(by, "actor").isOperator()) {
            throw new NotOperator();
        }
    }
}
