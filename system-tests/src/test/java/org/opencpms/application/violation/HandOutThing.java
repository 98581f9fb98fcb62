package org.opencpms.application.violation;

import org.opencpms.domain.violation.a.Thing;

/** Breaks: use cases are @ApplicationScoped @Transactional and never return aggregates. */
public class HandOutThing {

    public Thing handle(String command) {
        return null;
    }
}
