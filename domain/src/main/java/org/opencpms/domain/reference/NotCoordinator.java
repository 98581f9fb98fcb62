package org.opencpms.domain.reference;

import org.opencpms.domain.shared.Forbidden;

/** Only a coordinator of an ERN changes which centres belong to it and which disease groups it has. */
public final class NotCoordinator extends Forbidden {

    /** Only a coordinator of the ERN records a centre joining or leaving it. */
    public static final String MEMBERSHIP = "healthcare-provider.not-coordinator";
    /** Only a coordinator of the ERN adds a disease group to it. */
    public static final String DISEASE_GROUP = "network.not-coordinator";

    private static final long serialVersionUID = 1L;

    private NotCoordinator(String code, Ern ern) {
        super(code, "only a coordinator of " + ern.code() + " may do this");
    }

    static NotCoordinator membership(Ern ern) {
        return new NotCoordinator(MEMBERSHIP, ern);
    }

    static NotCoordinator diseaseGroup(Ern ern) {
        return new NotCoordinator(DISEASE_GROUP, ern);
    }
}
