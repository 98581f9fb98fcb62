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
 * (C, R, U, D, E). The one table both directions use: emitting an AuditEvent, and the {@code action} search parameter.
 */
enum BalpShape {

    READ(AuditAction.READ, AuditEventAction.R, rest(), interaction("read")),
    SEARCH(AuditAction.SEARCH, AuditEventAction.E, rest(), interaction("search-type")),
    CREATE(AuditAction.CREATE, AuditEventAction.C, rest(), interaction("create")),
    UPDATE(AuditAction.UPDATE, AuditEventAction.U, rest(), interaction("update")),
    DELETE(AuditAction.DELETE, AuditEventAction.D, rest(), interaction("delete")),
    TRANSITION(AuditAction.TRANSITION, AuditEventAction.U, rest(), interaction("update")),
    EXPORT(AuditAction.EXPORT, AuditEventAction.R, dicom("110106", "Export"), null),
    LOGIN(AuditAction.LOGIN, AuditEventAction.E, dicom("110114", "User Authentication"), dicom("110122", "Login")),
    ACCESS_DECISION(AuditAction.ACCESS_DECISION, AuditEventAction.E, dicom("110113", "Security Alert"), null);

    static final String EVENT_TYPES = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String INTERACTIONS = "http://hl7.org/fhir/restful-interaction";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    /** OpenCPMS's own name of the action, kept as a second subtype so that nothing of the entry is lost. */
    static final String ACTIONS = "https://opencpms.org/fhir/CodeSystem/audit-action";

    final AuditAction action;
    final AuditEventAction fhirAction;
    final Coding type;
    final Coding subtype;

    BalpShape(AuditAction action, AuditEventAction fhirAction, Coding type, Coding subtype) {
        this.action = action;
        this.fhirAction = fhirAction;
        this.type = type;
        this.subtype = subtype;
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
