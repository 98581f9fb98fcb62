package org.opencpms.domain.audit;

/** What was done. */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, TRANSITION, EXPORT, LOGIN, ACCESS_DECISION
}
