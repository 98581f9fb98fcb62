package org.opencpms.domain.violation.a;

import java.util.List;
import org.opencpms.domain.violationcycle.Other;

/** An aggregate (it has pullEvents) in a cycle with package violationcycle; breaks: no public mutable fields. */
public final class Thing {
    public int counter;
    Other other;

    public List<Object> pullEvents() {
        return List.of();
    }
}
