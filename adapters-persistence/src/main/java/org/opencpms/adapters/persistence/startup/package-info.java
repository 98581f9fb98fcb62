/**
 * The start-up lock ({@link org.opencpms.application.startup.StartUpLock}) on the database all nodes share.
 */
package org.opencpms.adapters.persistence.startup;
