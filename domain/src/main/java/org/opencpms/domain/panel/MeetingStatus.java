package org.opencpms.domain.panel;

/** Whether a meeting still takes place. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
