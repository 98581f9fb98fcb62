package org.opencpms.adapters.fhir.audit;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.domain.audit.AuditEntry;

/**
 * An audit entry as an AuditEvent in the IHE BALP pattern ({@link BalpShape} gives type, subtype, action and the
 * profile in {@code meta.profile}, e.g. {@code IHE.BasicAudit.PatientRead}, for a person's call over the network):
 * recorded when the entry was; the person, client and server agents ({@link BalpAgents}); OpenCPMS as the observing
 * source; the resource acted on as a system-object entity in the role of a domain resource ({@value #RESOURCE},
 * {@code type/id}); the patient, if any, as a patient entity referenced by id alone; the purpose as the purpose of
 * event. Only successful accesses are audited, so the outcome is always success. The logical id is derived from the entry (a name-based UUID of all its fields), so the
 * same entry has the same id in every search; AuditEvents are searched, never read by id.
 */
final class AuditEventMapping {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final String RESOURCE = "https://opencpms.org/fhir/sid/audited-resource";
    private static final String ENTITY_TYPES = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private static final String OBJECT_ROLES = "http://terminology.hl7.org/CodeSystem/object-role";
    private static final String SOURCE_TYPES = "http://terminology.hl7.org/CodeSystem/security-source-type";

    private AuditEventMapping() {
    }

    static AuditEvent toFhir(AuditEntry entry) {
        var shape = BalpShape.of(entry.action());
        var event = new AuditEvent().setType(shape.type.copy()).setAction(shape.fhirAction);
        event.setId(id(entry));
        event.setRecordedElement(new InstantType(Date.from(entry.at()), TemporalPrecisionEnum.MILLI, UTC))
                .setOutcome(AuditEventOutcome._0);
        if (shape.subtype != null) {
            event.addSubtype(shape.subtype.copy());
        }
        event.addSubtype(new Coding(BalpShape.ACTIONS, entry.action().name(), null));
        var origin = Origin.of(entry.origin());
        BalpAgents.add(event, entry, origin, shape);
        if (shape.profile != null && BalpAgents.balp(entry, origin)) {
            event.getMeta().addProfile(BalpShape.PROFILES + (entry.concerningPatient().isPresent() ? "Patient" : "")
                    + shape.profile);
        }
        event.getSource().setSite("OpenCPMS").setObserver(new Reference().setDisplay("OpenCPMS " + origin.channel()))
                .addType(new Coding(SOURCE_TYPES, "4", "Application Server"));
        event.addEntity().setWhat(new Reference().setIdentifier(new Identifier().setSystem(RESOURCE)
                        .setValue(entry.resourceType() + "/" + entry.resourceId())))
                .setType(new Coding(ENTITY_TYPES, "2", "System Object"))
                .setRole(new Coding(OBJECT_ROLES, "4", "Domain Resource"));
        entry.concerningPatient().ifPresent(patient -> event.addEntity()
                .setWhat(new Reference("Patient/" + patient.value()))
                .setType(new Coding(ENTITY_TYPES, "1", "Person")).setRole(new Coding(OBJECT_ROLES, "1", "Patient")));
        if (!entry.purpose().isEmpty()) {
            event.addPurposeOfEvent(new CodeableConcept().setText(entry.purpose()));
        }
        return event;
    }

    private static String id(AuditEntry entry) {
        var fields = String.join("\u001f", entry.at().toString(), String.valueOf(entry.actor()),
                entry.action().name(), entry.resourceType(), entry.resourceId(), String.valueOf(entry.patient()),
                entry.origin(), entry.purpose());
        return UUID.nameUUIDFromBytes(fields.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
