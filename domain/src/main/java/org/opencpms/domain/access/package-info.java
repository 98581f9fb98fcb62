/**
 * The access policy: the one place that decides, for an {@link org.opencpms.domain.user.Actor},
 * what they may see of patients and panels.
 *
 * <p>Invariants:
 * <ul>
 *   <li>In {@linkplain org.opencpms.domain.access.IdentityVisibility#STRICT strict} mode (the default)
 *       only the enrolling health professional and the centre assistant acting for them see a
 *       patient's identifying data; in {@linkplain org.opencpms.domain.access.IdentityVisibility#CENTRE
 *       centre} mode every health professional and assistant of the enrolling centre does too.</li>
 *   <li>Everyone else who may see the patient sees the pseudonym, age, sex and clinical data only.</li>
 *   <li>Panels never carry identifying data; a panel is seen by its lead, members and invitees, the
 *       coordinator, dispatchers and panel managers of its lead ERN, the patient's handlers, and the
 *       lead's assistant. A guest expert sees no other panel; a researcher sees none.</li>
 *   <li>A deleted panel is seen by nobody.</li>
 * </ul>
 * Actions on a panel (who may invite, transition, sign off) are decided by the panel itself.
 */
package org.opencpms.domain.access;
