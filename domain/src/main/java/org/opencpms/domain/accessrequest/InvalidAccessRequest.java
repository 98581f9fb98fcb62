package org.opencpms.domain.accessrequest;

import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.RuleViolation;

/** A request that can never be granted as asked. */
public final class InvalidAccessRequest extends RuleViolation {

    /** Roles held at a centre are asked for only at a centre that is a member of the ERN. */
    public static final String CENTRE_NOT_IN_ERN = "access-request.centre-not-in-ern";
    /** A centre assistant acts for someone else. */
    public static final String ASSISTANT_FOR_SELF = "access-request.assistant-for-self";
    /** The centre given is not the one the request names. */
    public static final String OTHER_CENTRE = "access-request.other-centre";

    /** A platform operator takes part in no ERN, so asks for no role in one. */
    public static final String OPERATOR = "access-request.operator";

    private static final long serialVersionUID = 1L;

    private InvalidAccessRequest(String code, String message) {
        super(code, message);
    }

    static InvalidAccessRequest centreNotInErn(Ern ern) {
        return new InvalidAccessRequest(CENTRE_NOT_IN_ERN, "the centre is not a member of " + ern.code());
    }

    static InvalidAccessRequest assistantForSelf() {
        return new InvalidAccessRequest(ASSISTANT_FOR_SELF, "a centre assistant cannot act for themselves");
    }

    static InvalidAccessRequest operator() {
        return new InvalidAccessRequest(OPERATOR, "a platform operator sees no patient data and asks for no role");
    }

    static InvalidAccessRequest otherCentre() {
        return new InvalidAccessRequest(OTHER_CENTRE, "the centre given is not the centre requested");
    }
}
