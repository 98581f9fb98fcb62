package org.opencpms.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ReadAuditTrailTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ReadAuditTrail read = new ReadAuditTrail(world.trail, world.strict, world.auditing);
    private final Actor auditor = world.person(RoleGrant.auditor(PeopleFixtures.ERN));

    /** An HP of both ERNs enrolled "ours" (a panel in the auditor's ERN), "theirs" (another ERN's) and one without. */
    private Enrolled patientsWithPanelsInBothErns() {
        var centre = world.centre(PeopleFixtures.ERN, PeopleFixtures.OTHER_ERN);
        var hp = world.person(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre),
                RoleGrant.healthProfessional(PeopleFixtures.OTHER_ERN, centre));
        var ours = world.enrol(hp, centre, "MRN-OURS");
        var theirs = world.enrol(hp, centre, "MRN-THEIRS");
        world.enrol(hp, centre, "MRN-NO-PANEL");
        world.draftPanel(ours, hp, PeopleFixtures.ERN, ConsultationForm.empty());
        world.draftPanel(theirs, hp, PeopleFixtures.OTHER_ERN, ConsultationForm.empty());
        return new Enrolled(hp, ours, theirs);
    }

    private record Enrolled(Actor hp, PatientId ours, PatientId theirs) {
    }

    private void recordLogins(int count) {
        for (int i = 0; i < count; i++) {
            world.auditing.record(auditor, AuditAction.LOGIN, "User", "user-" + i, null, "sign-in");
        }
    }

    @Test
    void an_auditor_reads_the_trail_a_page_at_a_time_oldest_first() {
        recordLogins(5);
        var networkWide = world.person(RoleGrant.auditor(null));

        assertThat(read.handle(new ReadAuditTrail.Query(networkWide, 1, 2))).extracting(AuditEntry::resourceId)
                .containsExactly("user-1", "user-2");
    }

    @Test
    void an_auditor_of_an_ern_reads_the_entries_concerning_the_patients_of_its_panels_and_nothing_else() {
        var patients = patientsWithPanelsInBothErns();
        var ours = patients.ours();
        var theirs = patients.theirs();
        recordLogins(2);

        assertThat(read.handle(new ReadAuditTrail.Query(auditor, 0, 100))).extracting(AuditEntry::patient)
                .containsOnly(ours).isNotEmpty();
        var networkWide = world.person(RoleGrant.auditor(null));
        assertThat(read.handle(new ReadAuditTrail.Query(networkWide, 0, 100))).extracting(AuditEntry::patient)
                .contains(ours, theirs, null);
    }

    @Test
    void an_auditor_of_an_ern_searching_by_criteria_finds_only_the_matching_entries_among_those_of_its_patients() {
        var patients = patientsWithPanelsInBothErns();
        var ours = patients.ours();

        var created = new AuditCriteria(null, null, null, patients.hp().id(), Set.of(AuditAction.CREATE));
        assertThat(read.handle(new ReadAuditTrail.Query(auditor, created, 0, 100)))
                .isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.patient()).isEqualTo(ours);
                    assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
                });
        var theirsOnly = new AuditCriteria(patients.theirs(), null, null, null, Set.of());
        assertThat(read.handle(new ReadAuditTrail.Query(auditor, theirsOnly, 0, 100))).isEmpty();
    }

    @Test
    void reading_is_audited() {
        read.handle(new ReadAuditTrail.Query(auditor, 0, 10));

        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(entry.actor()).isEqualTo(auditor.id());
        assertThat(entry.resourceType()).isEqualTo("AuditTrail");
        assertThat(entry.resourceId()).isEqualTo("0+10");
        assertThat(entry.patient()).isNull();
    }

    @Test
    void only_auditors_read_it() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN));

        assertThatThrownBy(() -> read.handle(new ReadAuditTrail.Query(coordinator, 0, 10)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access.audit-forbidden");
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void offset_and_limit_are_bounded() {
        assertThatThrownBy(() -> new ReadAuditTrail.Query(auditor, -1, 10))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("offset.invalid");
        assertThatThrownBy(() -> new ReadAuditTrail.Query(auditor, 0, 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> new ReadAuditTrail.Query(auditor, 0, 501))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThat(new ReadAuditTrail.Query(auditor, 0, 500).limit()).isEqualTo(500);
    }
}
