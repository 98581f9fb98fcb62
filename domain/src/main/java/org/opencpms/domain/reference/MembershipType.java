package org.opencpms.domain.reference;

/**
 * How a healthcare provider belongs to one ERN. A centre that has no membership in an ERN is a
 * non-member of it: its clinicians can only take part as guests.
 */
public enum MembershipType {
    /** A centre of expertise approved as a full member of the network. */
    FULL_MEMBER,
    /** A centre designated by a member state without a full member for the network. */
    AFFILIATED_PARTNER,
    /** An associated national centre or coordination hub of a member state. */
    ASSOCIATED_PARTNER
}
