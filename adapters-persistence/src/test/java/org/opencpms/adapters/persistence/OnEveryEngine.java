package org.opencpms.adapters.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of a class once per database engine — a real PostgreSQL 17 embedded in the test
 * JVM, and H2 — so that a port's contract runs on both from one class. The class takes a
 * {@link JpaTestDatabase} in its constructor: a fresh, migrated database of the run's engine, one per
 * run, closed when the run ends ({@link EngineDatabases}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(EngineDatabases.class)
public @interface OnEveryEngine {
}
