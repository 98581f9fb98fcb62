/**
 * Key performance indicators and the activity report, per ERN and overall.
 *
 * <p>Invariants: figures are computed from {@link org.opencpms.domain.kpi.PanelFact}s and
 * {@link org.opencpms.domain.kpi.UserFact}s only, which carry no patient data at all; deleted
 * panels are never counted; a reporting period is half-open, {@code [from, to)}; an ERN's registered
 * users hold a role in it, its active users are everyone who took part in one of its panels open
 * during the period, whatever their own ERNs.
 */
package org.opencpms.domain.kpi;
