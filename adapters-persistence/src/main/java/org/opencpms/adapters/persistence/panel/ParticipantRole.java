package org.opencpms.adapters.persistence.panel;

/** How a user takes part in a panel, as {@code panel_participant.role} records it. */
enum ParticipantRole {
    /** The panel's lead. */
    LEAD,
    /** Accepted an invitation, or led the panel before; not the lead. */
    MEMBER,
    /** Has a pending invitation. */
    INVITED
}
