package org.opencpms.adapters.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class AuditEntryJsonTest {

    @Test
    void an_audit_entry_becomes_its_json_field_by_field_with_its_actors_name() {
        var actor = UserId.random();
        var patient = PatientId.random();
        var entry = new AuditEntry(Instant.parse("2025-06-01T10:15:30Z"), actor, AuditAction.READ, "Patient",
                patient.toString(), patient, "10.0.0.7", "view patient");

        assertThat(AuditEntryJson.of(entry, "Dr Auditor")).isEqualTo(new AuditEntryJson(
                Instant.parse("2025-06-01T10:15:30Z"), actor.value().toString(), "Dr Auditor", "READ", "Patient", patient.toString(), patient.value().toString(),
                "10.0.0.7", "view patient"));
    }

    @Test
    void an_entry_of_the_system_about_no_patient_names_neither() {
        var entry = new AuditEntry(Instant.EPOCH, null, AuditAction.CREATE, "Network", "ERKNet", null, null,
                "reference data");

        var json = AuditEntryJson.of(entry);

        assertThat(json.actor()).isNull();
        assertThat(json.actorName()).isNull();
        assertThat(json.patient()).isNull();
        assertThat(json.origin()).isEqualTo("unknown");
    }
}
