package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class FindPatientsTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final FindPatients find = new FindPatients(world.patients, world.consents, world.strict, world.auditing, world.clock);

    private FindPatients.Criteria criteria(String family, String given, LocalDate born, Sex sex, String mrn) {
        return new FindPatients.Criteria(family, given, born, sex, mrn);
    }

    @Test
    void the_patients_handlers_find_them_by_every_criterion_given_and_each_hit_is_audited() {
        var patient = world.enrol(hp, centre, "MRN-1");
        var data = world.patients.find(patient).orElseThrow().identifyingData();
        var family = data.familyName().substring(0, 2).toUpperCase();

        var found = find.handle(new FindPatients.Query(hp, centre,
                criteria(family, null, data.dateOfBirth(), data.sex(), "MRN-1"), 10));

        assertThat(found).extracting(PatientView::id).containsExactly(patient);
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.SEARCH);
        assertThat(find.handle(new FindPatients.Query(hp, centre, criteria(null, null, null, null, "MRN-2"), 10)))
                .isEmpty();
        assertThat(find.handle(new FindPatients.Query(hp, centre,
                criteria(null, null, data.dateOfBirth().plusDays(1), null, null), 10))).isEmpty();
    }

    @Test
    void a_name_matches_from_its_start_whatever_the_case_and_accents_and_nowhere_else() {
        var data = new IdentifyingData("Zoë", "Müller-Łęcka", PeopleFixtures.BORN, Sex.FEMALE,
                new HospitalIdentifier("MRN-7"), new NationalIdentifier(Country.of("DE"), "12 345 678 X"));
        var patient = world.enrolPatient().handle(new EnrolPatient.Command(hp, centre, hp.id(), data,
                List.of(PeopleFixtures.given(ConsentKind.CARE)))).patient();

        for (var family : new String[] {"mul", "MÜLLER", "MÜLLER-ŁĘ", "Müller-Łęcka"}) {
            assertThat(find.handle(new FindPatients.Query(hp, centre, criteria(family, "zoe", null, null, null), 10)))
                    .as(family).extracting(PatientView::id).containsExactly(patient);
        }
        for (var family : new String[] {"ller", "Łęcka", "Müller-Łęckaa", "Mueller"}) {
            assertThat(find.handle(new FindPatients.Query(hp, centre, criteria(family, null, null, null, null), 10)))
                    .as(family).isEmpty();
        }
        assertThat(find.handle(new FindPatients.Query(world.hp(centre), centre,
                criteria("mul", null, null, null, null), 10))).as("a colleague who does not see the identity").isEmpty();
    }

    @Test
    void a_colleague_who_does_not_see_the_identity_finds_nobody_and_a_stranger_may_not_search() {
        world.enrol(hp, centre, "MRN-1");

        assertThat(find.handle(new FindPatients.Query(world.hp(centre), centre,
                criteria(null, null, null, null, null), 10))).isEmpty();
        assertThatThrownBy(() -> find.handle(new FindPatients.Query(world.hp(world.centre(PeopleFixtures.ERN)), centre,
                criteria(null, null, null, null, null), 10))).isInstanceOf(AccessForbidden.class);
    }

    @Test
    void with_no_centre_named_a_professional_of_two_centres_finds_their_patients_at_both_and_nobody_elses() {
        var second = world.centre(PeopleFixtures.ERN);
        var both = new Actor(hp.id(), java.util.Set.of(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre),
                RoleGrant.healthProfessional(PeopleFixtures.ERN, second)));
        var here = world.enrol(both, centre, "MRN-1");
        var there = world.enrol(both, second, "MRN-2");
        world.enrol(world.hp(second), second, "MRN-3");

        var found = find.handle(new FindPatients.Query(both, null, criteria(null, null, null, null, null), 10));

        assertThat(found).extracting(PatientView::id).containsExactlyInAnyOrder(here, there);
        assertThat(find.handle(new FindPatients.Query(both, null, criteria(null, null, null, null, null), 1)))
                .hasSize(1);
        assertThat(find.handle(new FindPatients.Query(hp, null, criteria(null, null, null, null, null), 10)))
                .extracting(PatientView::id).containsExactly(here);
    }

    @Test
    void with_no_centre_named_someone_who_may_list_no_centre_is_refused() {
        var nobody = Actor.of(org.opencpms.domain.shared.UserId.random());

        assertThatThrownBy(() -> find.handle(new FindPatients.Query(nobody, null,
                criteria(null, null, null, null, null), 10))).isInstanceOf(AccessForbidden.class)
                .extracting(e -> ((AccessForbidden) e).code()).isEqualTo("access.patient-list-forbidden");
    }
}
