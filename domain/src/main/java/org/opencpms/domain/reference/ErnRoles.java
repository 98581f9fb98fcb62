package org.opencpms.domain.reference;

/**
 * What reference data asks of whoever changes it: the ERNs they coordinate. The acting user
 * ({@code org.opencpms.domain.user.Actor}) is one; reference data names this interface rather than
 * the actor because users are described in terms of reference data (ERNs, countries) and the domain
 * packages form no cycle.
 */
public interface ErnRoles {

    /** Whether they hold the coordinator role in this ERN. */
    boolean isCoordinatorOf(Ern ern);
}
