package org.opencpms.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class AuditEntryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void an_entry_names_who_what_when_where_and_why() {
        var user = UserId.random();
        var patient = PatientId.random();

        var entry = new AuditEntry(NOW, user, AuditAction.READ, "Patient", patient.toString(), patient, " 10.0.0.1 ", " care ");

        assertThat(entry.byUser()).contains(user);
        assertThat(entry.concerningPatient()).contains(patient);
        assertThat(entry.origin()).isEqualTo("10.0.0.1");
        assertThat(entry.purpose()).isEqualTo("care");
    }

    @Test
    void a_system_entry_has_no_user_and_an_unknown_origin_when_none_is_given() {
        var entry = new AuditEntry(NOW, null, AuditAction.TRANSITION, "Panel", "p-1", null, " ", null);

        assertThat(entry.byUser()).isEmpty();
        assertThat(entry.concerningPatient()).isEmpty();
        assertThat(entry.origin()).isEqualTo("unknown");
        assertThat(entry.purpose()).isEmpty();
    }

    @Test
    void an_entry_needs_a_time_an_action_and_a_resource() {
        assertThatThrownBy(() -> new AuditEntry(null, null, AuditAction.READ, "Panel", "1", null, null, null))
                .extracting("code").isEqualTo("audit-at.invalid");
        assertThatThrownBy(() -> new AuditEntry(NOW, null, null, "Panel", "1", null, null, null))
                .extracting("code").isEqualTo("audit-action.invalid");
        assertThatThrownBy(() -> new AuditEntry(NOW, null, AuditAction.READ, " ", "1", null, null, null))
                .extracting("code").isEqualTo("audit-resource-type.invalid");
        assertThatThrownBy(() -> new AuditEntry(NOW, null, AuditAction.READ, "Panel", "x".repeat(129), null, null, null))
                .extracting("code").isEqualTo("audit-resource-id.invalid");
    }
}
