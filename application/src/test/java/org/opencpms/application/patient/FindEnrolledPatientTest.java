package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class FindEnrolledPatientTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final FindEnrolledPatient find = new FindEnrolledPatient(world.patients, world.strict, world.auditing);

    @Test
    void the_enrolling_professional_finds_their_patient_by_the_hospital_identifier_and_the_look_up_is_audited() {
        var patient = world.enrol(hp, centre, "MRN-1");

        assertThat(find.handle(new FindEnrolledPatient.Query(hp, centre, new HospitalIdentifier("MRN-1"))))
                .contains(patient);
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.SEARCH);
        assertThat(find.handle(new FindEnrolledPatient.Query(hp, centre, new HospitalIdentifier("MRN-2")))).isEmpty();
    }

    @Test
    void a_colleague_who_does_not_see_the_identity_finds_nothing_and_a_stranger_may_not_look() {
        world.enrol(hp, centre, "MRN-1");
        var colleague = world.hp(centre);
        var stranger = world.hp(world.centre(PeopleFixtures.ERN));

        assertThat(find.handle(new FindEnrolledPatient.Query(colleague, centre, new HospitalIdentifier("MRN-1"))))
                .isEmpty();
        assertThatThrownBy(() -> find.handle(new FindEnrolledPatient.Query(stranger, centre,
                new HospitalIdentifier("MRN-1")))).isInstanceOf(AccessForbidden.class);
    }
}
