/**
 * The panel endpoints under {@code /api/panels}, one class per job: {@link org.opencpms.adapters.rest.panel.PanelResource}
 * (open, list); on the class path {@code panels/{id}}, whose classes JAX-RS pools as one (same path template),
 * {@link org.opencpms.adapters.rest.panel.SinglePanelResource} (view, form, copy, deletion),
 * {@link org.opencpms.adapters.rest.panel.LifecycleResource} and {@link org.opencpms.adapters.rest.panel.StepBackResource}
 * (the moves of an open panel), {@link org.opencpms.adapters.rest.panel.ClosingResource} (closure, usefulness,
 * archival, abortion), {@link org.opencpms.adapters.rest.panel.LeadershipResource} (forwarding, handover, deadline)
 * and {@link org.opencpms.adapters.rest.panel.InvitationResource}; and the parts of a panel with sub-paths of their
 * own — {@link org.opencpms.adapters.rest.panel.TimelineResource}, {@link org.opencpms.adapters.rest.panel.DataRequestResource},
 * {@link org.opencpms.adapters.rest.panel.ContributionResource}, {@link org.opencpms.adapters.rest.panel.MeetingResource}
 * and {@link org.opencpms.adapters.rest.panel.OutcomeResource}. A class path with more literal characters wins a
 * request alone, so no class on {@code panels/{id}/...} may serve what a {@code panels/{id}} class serves, and
 * {@code PanelResource} serves nothing below {@code panels/{id}}.
 *
 * <p>Rules kept here: only the JSON records of this package travel, mapped field by field to the use cases' commands
 * and from their views, never carrying identifying data of the patient; every change takes {@code If-Match} as the
 * command's expected version and answers the panel as it is after the change with {@code ETag: "<version>"}, as the
 * use case returned it from the change's own transaction (never read again here), or 204 when the caller no longer
 * sees it ({@link org.opencpms.adapters.rest.panel.PanelReplies}); authorisation is the domain's, never decided here.
 */
package org.opencpms.adapters.rest.panel;
