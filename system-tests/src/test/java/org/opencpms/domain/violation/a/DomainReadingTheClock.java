package org.opencpms.domain.violation.a;

import java.time.Clock;
import java.time.Instant;

/** Breaks: no wall clock in the core; no Clock in the domain. */
public class DomainReadingTheClock {
    private final Clock clock = Clock.systemUTC();

    Instant now() {
        return Instant.now();
    }

    Clock clock() {
        return clock;
    }
}
