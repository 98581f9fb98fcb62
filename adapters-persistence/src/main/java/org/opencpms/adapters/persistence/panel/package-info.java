/**
 * Panels in {@code panel} (a JSON document of the whole panel plus the columns the queries read) and
 * {@code panel_participant} (who leads, is a member of or is invited to which panel), kept in line on
 * every save under optimistic locking. No panel table refers to the patient's identity.
 */
package org.opencpms.adapters.persistence.panel;
