package org.opencpms.adapters.persistence.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.audit.InboundOrigin;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;

/**
 * The beans the use cases and the JPA ports need from the platform: the transaction-scoped container
 * {@link EntityManager} of unit {@code opencpms} (one per JTA transaction, shared by every port in it), the UTC
 * system clock, the {@link AccessPolicy} in the configured identity-visibility mode ({@code
 * opencpms.identity-visibility} = {@code strict} (default: only the enrolling health professional and their
 * assistant) or {@code centre}), and the thread-bound {@link InboundOrigin}.
 */
@ApplicationScoped
public class ContainerResources {

    @Produces
    @PersistenceContext(unitName = "opencpms")
    private EntityManager entityManager;

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    AccessPolicy accessPolicy() {
        var mode = Settings.get("opencpms.identity-visibility").orElse("strict").toUpperCase(Locale.ROOT);
        try {
            return new AccessPolicy(IdentityVisibility.valueOf(mode));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("opencpms.identity-visibility must be one of "
                    + Arrays.toString(IdentityVisibility.values()) + ", not " + mode, e);
        }
    }

    @Produces
    CallerOrigin callerOrigin() {
        return new InboundOrigin();
    }
}
