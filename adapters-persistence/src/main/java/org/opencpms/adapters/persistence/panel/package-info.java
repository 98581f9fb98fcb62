/**
 * Panels in {@code panel} (a JSON document of the whole panel plus the columns the queries read) and
 * {@code panel_participant} (who leads, is a member of or is invited to which panel), kept in line on
 * every save under optimistic locking. No panel table refers to the patient's identity. The document
 * has a stable type name and format version, and each of its parts a small codec under a stable name
 * ({@link org.opencpms.adapters.persistence.panel.PanelDocument}). "My panels" is read from those columns and
 * {@code panel_participant} alone ({@link org.opencpms.adapters.persistence.panel.JpaPanelListings}), never from the
 * documents.
 */
package org.opencpms.adapters.persistence.panel;
