package org.opencpms.domain.user;

/**
 * The roles a person can be granted. Panel lead and panel member are not roles: they are a
 * person's relation to one panel, held by the panel.
 */
public enum Role {
    /** Enrols patients at their centre, opens panels, takes part in panels they are invited to. */
    HEALTH_PROFESSIONAL,
    /** Acts for one named health professional on that professional's patients; never a panel member. */
    CENTRE_ASSISTANT,
    /** Per ERN: all a health professional may, plus access decisions, panel assembly, forwarding, KPIs. */
    COORDINATOR,
    /** Per ERN: all a health professional may, plus handling requests for assistance; no KPIs. */
    DISPATCHER,
    /** Administers a panel's meetings and invitations; never sees identifying data. */
    PANEL_MANAGER,
    /** Reads the anonymised research data set only; never sees panels or identities. */
    RESEARCHER,
    /** A clinician outside the ERNs, invited to exactly one panel. */
    GUEST_EXPERT,
    /** Reads the audit trail. */
    AUDITOR,
    /**
     * The platform operator (the role the EU's central service desk plays): named in the deployment's
     * configuration, never granted; registers centres and their ERN memberships, establishes networks and their
     * disease groups, appoints and replaces ERN coordinators. Sees no patient data and takes part in no panel:
     * an actor holding it holds nothing else.
     */
    OPERATOR;

    /** Whether this role carries all that a health professional may do. */
    public boolean actsAsHealthProfessional() {
        return this == HEALTH_PROFESSIONAL || this == COORDINATOR || this == DISPATCHER;
    }
}
