/**
 * How the core and the JPA adapter are wired inside the application server (WildFly): the container-managed
 * {@code EntityManager}, the clock, the access policy and the caller origin as CDI beans, the schema migrated
 * with Flyway when the EAR is deployed (and the training data set loaded in training mode), and the outbox relay
 * that hands committed domain events to the notification use case. Nothing here is used by Java SE embedders,
 * who wire the ports themselves.
 */
package org.opencpms.adapters.persistence.container;
