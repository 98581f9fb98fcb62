package org.opencpms.domain.patient;

import org.opencpms.domain.shared.Conflict;

/** The nickname generator found only nicknames already taken. */
public final class NicknamesExhausted extends Conflict {

    public static final String CODE = "patient.nicknames-exhausted";

    private static final long serialVersionUID = 1L;

    NicknamesExhausted(int attempts) {
        super(CODE, "no free nickname found in " + attempts + " attempts");
    }
}
