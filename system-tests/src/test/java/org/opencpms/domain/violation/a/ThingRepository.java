package org.opencpms.domain.violation.a;

/** Breaks: ports are named like collections (here: also the port the REST fixture reaches for). */
public interface ThingRepository {
    void save(Object thing);
}
