/**
 * KPIs and the activity report, per ERN and overall.
 *
 * <p>Invariants kept here: only coordinators read them, as the
 * {@link org.opencpms.domain.access.AccessPolicy} decides; they are computed from the patient-free
 * {@link org.opencpms.domain.kpi.KpiFacts} only; every read is audited.
 */
package org.opencpms.application.kpi;
