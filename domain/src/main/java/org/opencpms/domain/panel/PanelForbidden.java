package org.opencpms.domain.panel;

import org.opencpms.domain.shared.Forbidden;

/** The actor may not do this on this panel. */
public final class PanelForbidden extends Forbidden {

    /** The actor's roles do not allow the action (e.g. a transition, an invitation, a forwarding). */
    public static final String FORBIDDEN = "panel.forbidden";
    /** Only the lead (for data: or the lead's centre assistant) may do this. */
    public static final String NOT_LEAD = "panel.not-lead";
    /** Only the lead or a member may do this. */
    public static final String NOT_PARTICIPANT = "panel.not-participant";
    /** Only a member other than the lead may do this. */
    public static final String NOT_MEMBER = "panel.not-member";
    /** Only the earlier panel's lead or a handler of the patient copies a panel. */
    public static final String COPY_FORBIDDEN = "panel.copy-forbidden";
    /** The actor was never invited to this panel. */
    public static final String NOT_INVITED = "panel.not-invited";

    private static final long serialVersionUID = 1L;

    PanelForbidden(String code, String message) {
        super(code, message);
    }
}
