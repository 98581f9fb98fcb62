package org.opencpms.domain.panel;

/** Maximum lengths of the texts a panel holds, for edges that validate input before it reaches the domain. */
public final class PanelLimits {

    /** Free clinical text: a clinical section, a comment, a contribution, a data request or answer, an outcome part. */
    public static final int TEXT = 50_000;
    /** Short text: the reason for the request, the clinical question, a reason for a transition, a review comment. */
    public static final int SHORT_TEXT = 4_000;
    /** A label or reference: an attachment's title, media type or storage key, a recording's storage key. */
    public static final int LABEL = 255;

    private PanelLimits() {
    }
}
