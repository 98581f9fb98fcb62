/**
 * The panel endpoints under {@code /api/panels}: {@link org.opencpms.adapters.rest.panel.PanelResource} (the panel,
 * its form, lifecycle, invitations, timeline, usefulness) and the parts of a panel with sub-paths of their own —
 * {@link org.opencpms.adapters.rest.panel.DataRequestResource}, {@link org.opencpms.adapters.rest.panel.ContributionResource},
 * {@link org.opencpms.adapters.rest.panel.MeetingResource} and {@link org.opencpms.adapters.rest.panel.OutcomeResource}
 * (each a distinct class path, so that JAX-RS matching never hides one class's methods behind another's).
 *
 * <p>Rules kept here: only the JSON records of this package travel, mapped field by field to the use cases' commands
 * and from their views, never carrying identifying data of the patient; every change takes {@code If-Match} as the
 * command's expected version and answers the panel as it is after the change with {@code ETag: "<version>"}, as the
 * use case returned it from the change's own transaction (never read again here), or 204 when the caller no longer
 * sees it ({@link org.opencpms.adapters.rest.panel.PanelReplies}); authorisation is the domain's, never decided here.
 */
package org.opencpms.adapters.rest.panel;
