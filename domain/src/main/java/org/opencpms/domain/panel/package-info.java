/**
 * The virtual consultation panel: its consultation form, its lifecycle, the experts invited to it,
 * its timeline, contributions, meetings and outcome.
 *
 * <p>{@link org.opencpms.domain.panel.Panel} is the aggregate; everything else here is part of it
 * (records it holds, the events it records, its exceptions) or its port
 * {@link org.opencpms.domain.panel.Panels}, and the narrow query port {@link org.opencpms.domain.panel.PanelListings}
 * (a user's list of panels, one {@link org.opencpms.domain.panel.PanelListing} per panel, without its history).
 * {@link org.opencpms.domain.panel.Lifecycle} is the one
 * place that says which state transitions are legal and who may make them.
 *
 * <p>Invariants: a panel belongs to one patient and one lead ERN at a time and has one lead; it is
 * opened only with the patient's consent to sharing within the ERN; its history is a chain of legal
 * transitions from DRAFT to its current state; nothing follows ARCHIVED, ABORTED or DELETED except
 * (after closing) the lead's usefulness rating; a panel closes only with a final outcome and the lead
 * ERN's quorum of contributions; the imaging studies attached to it are its patient's; a copy is made
 * by the earlier panel's lead or a handler of the patient. A panel holds no identifying data of the
 * patient, only the patient's id; its events carry ids and non-identifying data only. "My panels" has
 * one order, {@link org.opencpms.domain.panel.PanelCursor#LIST_ORDER}, and is paged by position
 * ({@link org.opencpms.domain.panel.PanelCursor}).
 */
package org.opencpms.domain.panel;
