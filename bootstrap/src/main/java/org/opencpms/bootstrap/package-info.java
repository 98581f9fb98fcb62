/**
 * The composition root of OpenCPMS: everything that wires the application as a whole inside WildFly, and nothing
 * else. Start reading here.
 * <ul>
 *   <li>{@link org.opencpms.bootstrap.Producers}: the CDI beans the use cases and ports need from outside any one
 *       adapter (clock, access policy, caller origin, platform operators, identity cipher, configuration). The persistence adapter
 *       declares only the container's {@code EntityManager}, because {@code jakarta.persistence} stays there.</li>
 *   <li>{@link org.opencpms.bootstrap.Configuration}: every setting the composition root reads, through
 *       MicroProfile Config only (system properties over environment variables).</li>
 *   <li>{@link org.opencpms.bootstrap.StartUp}: the start-up sequence of a deployment — the schema migration handed
 *       to the persistence adapter, the training data in training mode under the cluster-wide start-up lock, then
 *       the schedulers ({@link org.opencpms.bootstrap.OutboxRelay}) — and
 *       {@link org.opencpms.bootstrap.StartUpReadiness}.</li>
 *   <li>{@link org.opencpms.bootstrap.Mailing} and {@link org.opencpms.bootstrap.MailConfiguration}: the mailer over
 *       WildFly's mail session (log-only in training mode unless the SMTP host is local) and the mail worker's tick.</li>
 *   <li>{@link org.opencpms.bootstrap.UserSavesSignalled} and {@link org.opencpms.bootstrap.ForgetChangedCallers}:
 *       a caller the edge remembers is forgotten on this node as soon as a change of their account commits.</li>
 * </ul>
 * The adapters start from here as well: the DICOM association listener, the mail worker and the FHIR
 * servlet are started by {@code StartUp} (or registered by a producer here), never by their own adapter.
 *
 * <p>Rules (ArchUnit, {@code system-tests}): CDI producers, start-up observers and schedulers live only in this
 * package; it is the only code that may depend on more than one adapter; no adapter depends on it. Java SE
 * embedders do not use it: they wire the ports themselves ({@code InMemoryOpenCpms}).
 */
package org.opencpms.bootstrap;
