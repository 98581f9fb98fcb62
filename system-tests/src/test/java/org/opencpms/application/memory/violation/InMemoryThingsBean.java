package org.opencpms.application.memory.violation;

/** Breaks: in-memory ports are not CDI beans. */
@jakarta.enterprise.context.ApplicationScoped
public class InMemoryThingsBean {
}
