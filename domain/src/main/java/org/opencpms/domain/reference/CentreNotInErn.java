package org.opencpms.domain.reference;

import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.RuleViolation;

/** Something that needs a member centre of an ERN named a centre that holds no membership of it. */
public final class CentreNotInErn extends RuleViolation {

    public static final String CODE = "healthcare-provider.not-in-ern";

    private static final long serialVersionUID = 1L;

    CentreNotInErn(ProviderId centre, Ern ern) {
        super(CODE, "centre " + centre + " is not a member of " + ern.code());
    }
}
