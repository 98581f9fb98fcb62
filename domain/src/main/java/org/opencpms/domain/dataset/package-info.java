/**
 * Per-ERN configuration of panels: the ERN's customised data set (extra structured fields of the
 * consultation form) and the contribution quorum for closing a panel.
 *
 * <p>Invariants: a data set's field keys are unique and ordered as the ERN defined them; a choice
 * field offers at least one option and only a choice field has options; the quorum is at least
 * one. An ERN that has configured nothing gets {@link org.opencpms.domain.dataset.ErnConfiguration#defaultFor
 * the default}: no custom fields and a quorum of {@value org.opencpms.domain.dataset.ErnConfiguration#DEFAULT_QUORUM}.
 */
package org.opencpms.domain.dataset;
