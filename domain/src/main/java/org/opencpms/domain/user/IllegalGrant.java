package org.opencpms.domain.user;

import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.RuleViolation;

/** A grant that would break the rules about who may hold which roles together. */
public final class IllegalGrant extends RuleViolation {

    /** A centre assistant acts for someone else, never for themselves. */
    public static final String ASSISTANT_FOR_SELF = "user.assistant-for-self";
    /** A centre assistant is never a panel member, so never a guest expert. */
    public static final String ASSISTANT_AND_GUEST = "user.assistant-and-guest";

    /** The operator capability comes from the deployment's configuration; no user holds it as a grant. */
    public static final String OPERATOR_NOT_GRANTED = "user.operator-not-granted";
    /** Only a coordinator of the ERN steps down as its coordinator. */
    public static final String NOT_COORDINATOR = "user.not-coordinator";

    private static final long serialVersionUID = 1L;

    private IllegalGrant(String code, String message) {
        super(code, message);
    }

    static IllegalGrant assistantForSelf() {
        return new IllegalGrant(ASSISTANT_FOR_SELF, "a centre assistant cannot act for themselves");
    }

    static IllegalGrant operatorNotGranted() {
        return new IllegalGrant(OPERATOR_NOT_GRANTED, "platform operators are named in configuration, never granted");
    }

    static IllegalGrant notCoordinator(Ern ern) {
        return new IllegalGrant(NOT_COORDINATOR, "the user is no coordinator of " + ern.code());
    }

    static IllegalGrant assistantAndGuest() {
        return new IllegalGrant(ASSISTANT_AND_GUEST, "a centre assistant is never a panel member, so never a guest expert");
    }
}
