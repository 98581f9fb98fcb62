package org.opencpms.domain.reference;

import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.ProviderId;

/** A membership change that clashes with the memberships a centre already holds. */
public final class MembershipConflict extends Conflict {

    public static final String ALREADY_MEMBER = "healthcare-provider.already-member";
    public static final String NOT_A_MEMBER = "healthcare-provider.not-a-member";

    private static final long serialVersionUID = 1L;

    private MembershipConflict(String code, String message) {
        super(code, message);
    }

    static MembershipConflict alreadyMember(ProviderId provider, Ern ern) {
        return new MembershipConflict(ALREADY_MEMBER, "provider " + provider + " already holds this membership of " + ern.code());
    }

    static MembershipConflict notAMember(ProviderId provider, Ern ern) {
        return new MembershipConflict(NOT_A_MEMBER, "provider " + provider + " is not a member of " + ern.code());
    }
}
