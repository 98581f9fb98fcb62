package org.opencpms.domain.access;

import org.opencpms.domain.shared.Forbidden;

/**
 * An actor asked to see something the access policy does not let them see. A patient or a panel the actor may not
 * see at all is not refused with this but reported not found (see {@link AccessPolicy#requireViewPatient}).
 */
public final class AccessForbidden extends Forbidden {

    /** Only the health professionals and assistants of a centre list its patients. */
    public static final String PATIENT_LIST = "access.patient-list-forbidden";
    /** Only coordinators read KPIs and the activity report. */
    public static final String KPI = "access.kpi-forbidden";
    /** Only researchers read the research data set. */
    public static final String RESEARCH = "access.research-forbidden";
    /** Only auditors read the audit trail; a patient's trail also those who see the patient's identity. */
    public static final String AUDIT = "access.audit-forbidden";
    /** A user account is seen by that user and by coordinators only. */
    public static final String USER = "access.user-forbidden";
    /** Only a coordinator of an ERN sees the access requests waiting for it. */
    public static final String ACCESS_REQUEST_LIST = "access-request.list-forbidden";
    /** A patient's consent records are seen only by those who see the patient's identity. */
    public static final String CONSENT_LIST = "consent.list-forbidden";

    private static final long serialVersionUID = 1L;

    AccessForbidden(String code, String message) {
        super(code, message);
    }

    /**
     * {@code access.patient-list-forbidden}: the actor may not list the patients of a centre; also an edge's answer
     * to a caller who works at no centre at all and names none.
     */
    public static AccessForbidden patientList() {
        return new AccessForbidden(PATIENT_LIST, "you may not list the patients of this centre");
    }
}
