/**
 * What the access policy means for a request as a whole: a patient, a panel or a consent the caller may not see does
 * not exist for them, whatever the request asked (see
 * {@link org.opencpms.application.access.ConcealFromOutsiders}).
 */
package org.opencpms.application.access;
