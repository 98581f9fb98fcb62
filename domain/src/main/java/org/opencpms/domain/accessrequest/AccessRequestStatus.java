package org.opencpms.domain.accessrequest;

/** Where an access request stands: it is decided once, from pending to accepted or rejected. */
public enum AccessRequestStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
