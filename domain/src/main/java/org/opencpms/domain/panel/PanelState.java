package org.opencpms.domain.panel;

/** Where a panel is in its life, in the order of the normal path; {@link Lifecycle} alone says which moves are legal. */
public enum PanelState {
    /** Being prepared by the lead; visible to the lead and the lead's assistant only. */
    DRAFT,
    /** Submitted: experts are being invited. */
    PANEL_SELECTION,
    /** Members discuss the case and record their contributions. */
    ASSESSMENT,
    /** The lead drafts the outcome, members review it. */
    SIGN_OFF,
    /** The outcome is final; only the usefulness rating may still change. */
    CLOSED,
    /** Closed and put away. */
    ARCHIVED,
    /** Given up before closing. */
    ABORTED,
    /** A draft thrown away. */
    DELETED
}
