package org.opencpms.domain.violation.a;

/** Breaks: domain depends on the JDK only. */
public class DomainUsingInject {
    jakarta.inject.Provider<String> provider;
}
