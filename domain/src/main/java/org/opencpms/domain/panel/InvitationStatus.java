package org.opencpms.domain.panel;

/** Whether an invitee has answered. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
