package org.opencpms.domain.violation.a;

/** Breaks: ids are records. */
public final class ClassBasedThingId {
    private final String value = "x";

    String value() {
        return value;
    }
}
