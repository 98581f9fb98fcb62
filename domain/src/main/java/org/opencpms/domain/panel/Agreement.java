package org.opencpms.domain.panel;

/** A member's verdict on the outcome draft. */
public enum Agreement {
    AGREE,
    DISAGREE
}
