package org.opencpms.domain.user;

import org.opencpms.domain.shared.RuleViolation;

/**
 * A centre assistant grant names someone who is not a health professional at that centre (or no
 * user at all): see {@link RoleGrant#requireActsForHealthProfessional}.
 */
public final class ActingForNotHealthProfessional extends RuleViolation {

    public static final String CODE = "user.acting-for-not-hp";

    private static final long serialVersionUID = 1L;

    ActingForNotHealthProfessional() {
        super(CODE, "a centre assistant acts for a health professional of the same centre");
    }
}
