package org.opencpms.adapters.persistence.violation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Breaks: wiring lives in the composition root (a producer method, a start-up observer, a scheduler). Its
 * {@code containerEntityManager} is the one producer a persistence adapter may declare.
 */
public class PersistenceWiringTheApplication {

    @Produces
    @PersistenceContext(unitName = "opencpms")
    EntityManager containerEntityManager;

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, ScheduledExecutorService scheduler) {
        scheduler.shutdown();
    }
}
