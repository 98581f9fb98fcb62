/**
 * What the start-up of a deployment needs from storage beyond the aggregates' ports: a {@link
 * org.opencpms.application.startup.StartUpLock} under which work runs on one node at a time. The composition root
 * ({@code org.opencpms.bootstrap}) takes it; the persistence adapter implements it.
 */
package org.opencpms.application.startup;
