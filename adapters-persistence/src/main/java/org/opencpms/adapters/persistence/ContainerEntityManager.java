package org.opencpms.adapters.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one bean declaration of this adapter: the container's transaction-scoped {@link EntityManager} of unit
 * {@code opencpms} (one per JTA transaction, shared by every port in it), made injectable into the {@code Jpa*}
 * ports' constructors. It stays here because {@code jakarta.persistence} stays in this adapter; everything else
 * the application needs from the container is produced by the composition root, {@code org.opencpms.bootstrap}.
 */
@Dependent
class ContainerEntityManager {

    @Produces
    @PersistenceContext(unitName = "opencpms")
    EntityManager entityManager;
}
