/**
 * Use cases of panels: one class per action of the {@link org.opencpms.domain.panel.Panel} (open,
 * edit, submit, invite, answer an invitation, forward, hand over, every lifecycle move, timeline,
 * data requests, contributions, meetings, outcome, usefulness, copy, imaging attachments), and the
 * queries {@link org.opencpms.application.panel.ViewPanel} and {@link org.opencpms.application.panel.ListMyPanels}.
 *
 * <p>Invariants kept here: every change of an existing panel goes through one sequence
 * ({@link org.opencpms.application.panel.PanelChanges}: load once, check the caller's expected version, one domain
 * method, save, publish, audit with the panel's patient, all in the command's one transaction):
 * lifecycle moves are audited as {@code TRANSITION}, other changes as {@code UPDATE}, new panels as
 * {@code CREATE}; every command answers the panel as its actor sees it after the change, at the version stored
 * (the next {@code ETag}), made from the panel in hand without reading it again and covered by the change's one
 * audit entry, or nothing when the change took the panel out of the actor's sight; who may do what is decided by
 * the panel and who may see what by the {@link org.opencpms.domain.access.AccessPolicy}; a deleted panel is not
 * found by anybody; panel views and summaries never carry identifying data, for any actor, only the patient's
 * nickname, age and sex; every read of a panel is audited with the patient's id (one entry per panel shown).
 */
package org.opencpms.application.panel;
