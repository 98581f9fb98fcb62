package org.opencpms.adapters.persistence.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the deployment's {@link IdentityCipher} injectable: one per application, built from the
 * configured key ({@link IdentityCipher#fromEnvironment()}) when first needed, so a missing or bad
 * key fails the first use of {@link JpaPatients} with a message naming the setting.
 */
@ApplicationScoped
public class IdentityCipherProducer {

    @Produces
    @Singleton
    IdentityCipher identityCipher() {
        return IdentityCipher.fromEnvironment();
    }
}
