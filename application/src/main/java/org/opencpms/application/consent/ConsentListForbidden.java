package org.opencpms.application.consent;

import org.opencpms.domain.shared.Forbidden;

/** A patient's consent records are seen only by those who see the patient's identity. */
public final class ConsentListForbidden extends Forbidden {

    public static final String CODE = "consent.list-forbidden";

    private static final long serialVersionUID = 1L;

    ConsentListForbidden() {
        super(CODE, "only those who handle the patient see their consent records");
    }
}
