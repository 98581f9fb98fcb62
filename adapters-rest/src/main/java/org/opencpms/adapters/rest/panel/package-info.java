/**
 * The panel endpoints under {@code /api/panels}, one class per job: {@link PanelResource} (open, list); on the class
 * path {@code panels/{id}}, whose classes JAX-RS pools as one (same path template), {@link SinglePanelResource}
 * (view, deletion), {@link FormResource} (form, copy), {@link LifecycleResource} and {@link StepBackResource} (the
 * moves of an open panel), {@link ClosingResource} (closure, usefulness, archival, abortion),
 * {@link LeadershipResource} (forwarding, handover, deadline) and {@link InvitationResource}; and the parts of a
 * panel with sub-paths of their own: {@link TimelineResource}, {@link DataRequestResource},
 * {@link ContributionResource}, {@link MeetingResource} and {@link OutcomeResource}. A class path with more literal
 * characters wins a request alone, so no class on {@code panels/{id}/...} may serve what a {@code panels/{id}} class
 * serves, and {@code PanelResource} serves nothing below {@code panels/{id}}.
 *
 * <p>Rules kept here: only the JSON records of this package travel, mapped field by field to the use cases' commands
 * and from their views, never carrying identifying data of the patient; every change takes {@code If-Match} as the
 * command's expected version and answers the panel as it is after the change with {@code ETag: "<version>"}, as the
 * use case returned it from the change's own transaction (never read again here), or 204 when the caller no longer
 * sees it ({@link org.opencpms.adapters.rest.panel.PanelReplies}); authorisation is the domain's, never decided here.
 */
package org.opencpms.adapters.rest.panel;
