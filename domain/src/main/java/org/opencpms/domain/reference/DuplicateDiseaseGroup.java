package org.opencpms.domain.reference;

import org.opencpms.domain.shared.Conflict;

/** A network already has a disease group with the code given. */
public final class DuplicateDiseaseGroup extends Conflict {

    public static final String CODE = "network.duplicate-disease-group";

    private static final long serialVersionUID = 1L;

    DuplicateDiseaseGroup(Ern ern, String groupCode) {
        super(CODE, ern.code() + " already has a disease group " + groupCode);
    }
}
