package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ExportPatientAuditTrailTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ExportPatientAuditTrail export = new ExportPatientAuditTrail(world.patients, world.panels, world.trail,
            world.strict, world.auditing);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1");
    private final PatientId otherPatient = world.enrol(hp, centre, "MRN-2");

    @Test
    void the_enrolling_health_professional_exports_the_entries_concerning_the_patient() {
        var entries = export.handle(new ExportPatientAuditTrail.Query(hp, patient));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.patient()).isEqualTo(patient);
        });
    }

    @Test
    void the_export_is_itself_audited_and_appears_in_the_next_export() {
        export.handle(new ExportPatientAuditTrail.Query(hp, patient));

        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("AuditTrail");
        assertThat(entry.resourceId()).isEqualTo(patient.toString());
        assertThat(entry.patient()).isEqualTo(patient);
        assertThat(export.handle(new ExportPatientAuditTrail.Query(hp, patient))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.EXPORT);
    }

    @Test
    void a_network_wide_auditor_exports_it_too() {
        var auditor = world.person(RoleGrant.auditor(null));

        assertThat(export.handle(new ExportPatientAuditTrail.Query(auditor, otherPatient)))
                .extracting(AuditEntry::patient).containsExactly(otherPatient);
    }

    @Test
    void nobody_else_exports_it() {
        var colleague = world.hp(centre);

        assertThatThrownBy(() -> export.handle(new ExportPatientAuditTrail.Query(colleague, patient)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access.audit-forbidden");
        assertThat(world.audit()).extracting(AuditEntry::action).doesNotContain(AuditAction.EXPORT);
    }

    @Test
    void an_unknown_patient_is_not_found() {
        assertThatThrownBy(() -> export.handle(new ExportPatientAuditTrail.Query(hp, PatientId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
    }
}
