package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PeopleFixtures.identifying;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ListCentrePatientsTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final Actor colleague = world.hp(centre);

    private ListCentrePatients list(AccessPolicy policy) {
        return new ListCentrePatients(world.patients, policy, world.auditing, world.clock);
    }

    private List<PatientSummary> strictList(Actor actor, int offset, int limit) {
        return list(world.strict).handle(new ListCentrePatients.Query(actor, centre, offset, limit));
    }

    /** Stores {@code count} patients at the centre, enrolled alternately by the colleague and by the HP. */
    private void storeAlternately(int count) {
        for (int i = 0; i < count; i++) {
            UserId enrollingHp = i % 2 == 0 ? colleague.id() : hp.id();
            world.patients.save(Patient.restore(new NewPatient(PatientId.random(),
                    Pseudonym.of(new Nickname("tidy-otter-" + i)), identifying("MRN-" + i), centre, enrollingHp,
                    PeopleFixtures.TODAY), 0));
        }
    }

    private List<PatientId> handledBy(UserId enrollingHp) {
        return world.patients.listAtCentre(centre, 0, 500).stream()
                .filter(p -> p.enrollingHp().equals(enrollingHp)).map(Patient::id).toList();
    }

    @Test
    void in_strict_mode_a_health_professional_lists_the_patients_they_enrolled_with_identity() {
        var own = world.enrol(hp, centre, "MRN-A");
        world.enrol(colleague, centre, "MRN-B");

        var listed = strictList(hp, 0, 10);

        assertThat(listed).containsExactly(new PatientSummary(own, world.patients.get(own).nickname(), 14, Sex.FEMALE,
                Optional.of(new Identity("Anna", "Muster", PeopleFixtures.BORN, new HospitalIdentifier("MRN-A"),
                        Optional.of(new NationalIdentifier(Country.of("DE"), "12 345 678 X")), PeopleFixtures.TODAY))));
    }

    @Test
    void an_assistant_lists_the_patients_of_the_health_professional_they_act_for() {
        var own = world.enrol(hp, centre, "MRN-A");
        world.enrol(colleague, centre, "MRN-B");

        assertThat(strictList(world.assistantOf(hp, centre), 0, 10)).extracting(PatientSummary::id).containsExactly(own);
    }

    @Test
    void in_centre_mode_every_patient_of_the_centre_is_listed_with_identity() {
        var first = world.enrol(hp, centre, "MRN-A");
        var second = world.enrol(colleague, centre, "MRN-B");
        var elsewhere = world.centre(PeopleFixtures.ERN);
        world.enrol(world.hp(elsewhere), elsewhere, "MRN-C");

        var listed = list(new AccessPolicy(IdentityVisibility.CENTRE))
                .handle(new ListCentrePatients.Query(hp, centre, 0, 10));

        assertThat(listed).extracting(PatientSummary::id).containsExactlyInAnyOrder(first, second);
        assertThat(listed).allSatisfy(s -> assertThat(s.identity()).isPresent());
    }

    @Test
    void each_patient_shown_is_audited_as_a_search() {
        var own = world.enrol(hp, centre, "MRN-A");
        world.enrol(colleague, centre, "MRN-B");
        int before = world.audit().size();

        strictList(hp, 0, 10);

        List<AuditEntry> entries = world.audit().subList(before, world.audit().size());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
            assertThat(entry.actor()).isEqualTo(hp.id());
            assertThat(entry.resourceType()).isEqualTo("Patient");
            assertThat(entry.resourceId()).isEqualTo(own.toString());
            assertThat(entry.patient()).isEqualTo(own);
        });
    }

    @Test
    void paging_counts_only_the_patients_shown_across_chunks_of_the_centre() {
        storeAlternately(2 * ListCentrePatients.CHUNK + 10);
        var own = handledBy(hp.id());

        assertThat(strictList(hp, 0, 500)).extracting(PatientSummary::id).isEqualTo(own);
        assertThat(strictList(hp, 150, 30)).extracting(PatientSummary::id).isEqualTo(own.subList(150, 180));
        assertThat(strictList(hp, own.size() - 2, 30)).extracting(PatientSummary::id)
                .isEqualTo(own.subList(own.size() - 2, own.size()));
        assertThat(strictList(hp, own.size(), 30)).isEmpty();
    }

    @Test
    void a_centre_of_exactly_one_chunk_is_read_to_its_end() {
        storeAlternately(ListCentrePatients.CHUNK);

        assertThat(strictList(hp, 0, 500)).extracting(PatientSummary::id).isEqualTo(handledBy(hp.id()));
    }

    @Test
    void only_the_staff_of_the_centre_may_list_its_patients() {
        world.enrol(hp, centre, "MRN-A");
        var outsider = world.hp(world.centre(PeopleFixtures.ERN));
        var researcher = world.person(RoleGrant.researcher(PeopleFixtures.ERN));

        for (Actor actor : new Actor[] {outsider, researcher}) {
            assertThatThrownBy(() -> strictList(actor, 0, 10))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("access.patient-list-forbidden");
        }
    }

    @Test
    void offset_and_limit_are_bounded() {
        assertThatThrownBy(() -> new ListCentrePatients.Query(hp, centre, -1, 10))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("offset.invalid");
        assertThatThrownBy(() -> new ListCentrePatients.Query(hp, centre, 0, 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> new ListCentrePatients.Query(hp, centre, 0, 501))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThat(new ListCentrePatients.Query(hp, centre, 0, 500).limit()).isEqualTo(500);
        assertThat(new ListCentrePatients.Query(hp, centre, 0, 1).limit()).isEqualTo(1);
    }
}
