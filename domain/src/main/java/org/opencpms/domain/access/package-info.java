/**
 * The access policy: the one place that decides, for an {@link org.opencpms.domain.user.Actor},
 * what they may see of patients, their consent records and panels, of user accounts and access
 * requests, and of KPIs, research data and the audit trail.
 *
 * <p>Invariants:
 * <ul>
 *   <li>In {@linkplain org.opencpms.domain.access.IdentityVisibility#STRICT strict} mode (the default)
 *       only the enrolling health professional and the centre assistant acting for them see a
 *       patient's identifying data; in {@linkplain org.opencpms.domain.access.IdentityVisibility#CENTRE
 *       centre} mode every health professional and assistant of the enrolling centre does too.</li>
 *   <li>Everyone else who may see the patient sees the pseudonym, age, sex and clinical data only.</li>
 *   <li>A patient's consent records are seen by those who see the patient's identity, and by nobody
 *       else.</li>
 *   <li>Panels never carry identifying data; a panel is seen by its lead, members and invitees, the
 *       coordinator, dispatchers and panel managers of its lead ERN, the patient's handlers, and the
 *       lead's assistant. A guest expert sees no other panel; a researcher sees none.</li>
 *   <li>A deleted panel is seen by nobody.</li>
 *   <li>A user account is seen by that user and by coordinators; the access requests waiting in an
 *       ERN by the coordinators of that ERN.</li>
 *   <li>KPIs are read by coordinators, the research data set by researchers, the audit trail by
 *       auditors (a patient's own trail also by those who see the patient's identity). A researcher's
 *       export holds only the patients with a panel led in the ERNs of their researcher grants, and only
 *       what those panels say; an auditor of an ERN reads the entries concerning the patients with a
 *       panel led in that ERN; a network-wide auditor reads the whole trail.</li>
 * </ul>
 * A patient or panel the actor may not see at all does not exist for them: the refusal is the
 * {@code patient.not-found} or {@code panel.not-found} an unknown id gets, so that its answer tells nobody
 * which ids are real. Every other refusal is an {@link org.opencpms.domain.access.AccessForbidden} with one
 * of its codes.
 * Actions (who may invite, transition, sign off, grant a role, change reference data) are decided by
 * the aggregates themselves.
 */
package org.opencpms.domain.access;
