package org.opencpms.domain.patient;

import org.opencpms.domain.shared.Forbidden;

/** The actor may not enrol this patient, or change them. */
public final class PatientForbidden extends Forbidden {

    /** Only a health professional of the centre, or a centre assistant there for the enrolling HP, enrols. */
    public static final String ENROL = "patient.enrol-forbidden";
    /** Only the enrolling HP or their centre assistant changes a patient. */
    public static final String EDIT = "patient.edit-forbidden";

    private static final long serialVersionUID = 1L;

    private PatientForbidden(String code, String message) {
        super(code, message);
    }

    /** The refusal of an enrolment: also an edge's answer to a caller who enrols at no centre at all. */
    public static PatientForbidden enrol() {
        return new PatientForbidden(ENROL, "only a health professional of the centre, or their centre assistant, enrols a patient there");
    }

    static PatientForbidden edit() {
        return new PatientForbidden(EDIT, "only the enrolling health professional or their centre assistant changes this patient");
    }
}
