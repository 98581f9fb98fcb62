package org.opencpms.application.panel;

/** How the actor takes part in a panel of their "my panels" list. */
public enum PanelRole {
    /** Leads the panel. */
    LEAD,
    /** Accepted an invitation, or led the panel before. */
    MEMBER,
    /** Invited and has not answered yet. */
    INVITED
}
