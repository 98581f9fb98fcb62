package org.opencpms.adapters.fhir.audit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.Coding;
import org.opencpms.domain.audit.AuditAction;

/**
 * How each audited action is told in IHE BALP terms: the event type and subtype (a RESTful interaction for reads,
 * searches and changes; the DICOM audit codes for export, login and access decisions) and the FHIR action code
 * (C, R, U, D, E), and the BALP profile that applies. The one table both directions use: emitting an AuditEvent, and
 * the {@code action} search parameter.
 */
enum BalpShape {

    READ(AuditAction.READ, AuditEventAction.R, rest(), interaction("read"), "Read"),
    SEARCH(AuditAction.SEARCH, AuditEventAction.E, rest(), interaction("search-type"), null),
    CREATE(AuditAction.CREATE, AuditEventAction.C, rest(), interaction("create"), "Create"),
    UPDATE(AuditAction.UPDATE, AuditEventAction.U, rest(), interaction("update"), "Update"),
    DELETE(AuditAction.DELETE, AuditEventAction.D, rest(), interaction("delete"), null),
    TRANSITION(AuditAction.TRANSITION, AuditEventAction.U, rest(), interaction("update"), "Update"),
    EXPORT(AuditAction.EXPORT, AuditEventAction.R, dicom("110106", "Export"), null, null),
    LOGIN(AuditAction.LOGIN, AuditEventAction.E, dicom("110114", "User Authentication"), dicom("110122", "Login"), null),
    ACCESS_DECISION(AuditAction.ACCESS_DECISION, AuditEventAction.E, dicom("110113", "Security Alert"), null, null);

    /** The canonical base of the IHE BALP profiles. */
    static final String PROFILES = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.";
    static final String EVENT_TYPES = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String INTERACTIONS = "http://hl7.org/fhir/restful-interaction";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    /** OpenCPMS's own name of the action, kept as a second subtype so that nothing of the entry is lost. */
    static final String ACTIONS = "https://opencpms.org/fhir/CodeSystem/audit-action";

    final AuditAction action;
    final AuditEventAction fhirAction;
    final Coding type;
    final Coding subtype;
    /**
     * The BALP profile an event of this shape follows when a person called over the network: Read, Create or Update
     * (their Patient variant when a patient is concerned); none for searches (BALP Query wants the query itself, which
     * the audit trail does not keep), deletions (BALP Delete closes its agents to other roles than its own) and the
     * DICOM-coded events.
     */
    final String profile;

    BalpShape(AuditAction action, AuditEventAction fhirAction, Coding type, Coding subtype, String profile) {
        this.action = action;
        this.fhirAction = fhirAction;
        this.type = type;
        this.subtype = subtype;
        this.profile = profile;
    }

    /** Whether data flows from the caller to OpenCPMS (create, update, delete), not the other way. */
    boolean written() {
        return fhirAction == AuditEventAction.C || fhirAction == AuditEventAction.U || fhirAction == AuditEventAction.D;
    }

    static BalpShape of(AuditAction action) {
        return valueOf(action.name());
    }

    /** The audited actions a FHIR action code stands for (e.g. {@code U}: updates and panel transitions). */
    static Set<AuditAction> actionsCoded(AuditEventAction code) {
        return Arrays.stream(values()).filter(shape -> shape.fhirAction == code).map(shape -> shape.action)
                .collect(Collectors.toSet());
    }

    private static Coding rest() {
        return new Coding(EVENT_TYPES, "rest", "Restful Operation");
    }

    private static Coding interaction(String code) {
        return new Coding(INTERACTIONS, code, null);
    }

    private static Coding dicom(String code, String display) {
        return new Coding(DICOM, code, display);
    }
}
