package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PeopleFixtures.identifying;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
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

    private PatientPage strictList(Actor actor, String after, int limit) {
        return list(world.strict).handle(new ListCentrePatients.Query(actor, centre, after, limit));
    }

    /** Every patient the actor is shown, walking the list page by page from its start. */
    private List<PatientId> walk(Actor actor, int limit) {
        var seen = new ArrayList<PatientId>();
        String after = null;
        do {
            var page = strictList(actor, after, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            page.items().forEach(s -> seen.add(s.id()));
            after = page.next().orElse(null);
        } while (after != null);
        return seen;
    }

    /**
     * Stores {@code count} patients at the centre, enrolled alternately by the colleague and by the HP,
     * with ids fixed by their number (and in no particular order).
     */
    private void storeAlternately(int count) {
        for (int i = 0; i < count; i++) {
            UserId enrollingHp = i % 2 == 0 ? colleague.id() : hp.id();
            var id = new PatientId(UUID.nameUUIDFromBytes(("patient-" + i).getBytes(StandardCharsets.UTF_8)));
            world.patients.save(Patient.restore(new NewPatient(id,
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

        var listed = strictList(hp, null, 10);

        assertThat(listed.next()).isEmpty();
        assertThat(listed.items()).containsExactly(new PatientSummary(own, world.patients.get(own).nickname(), 14, Sex.FEMALE,
                Optional.of(new Identity("Anna", "Muster", PeopleFixtures.BORN, new HospitalIdentifier("MRN-A"),
                        Optional.of(new NationalIdentifier(Country.of("DE"), "12 345 678 X")), PeopleFixtures.TODAY))));
    }

    @Test
    void an_assistant_lists_the_patients_of_the_health_professional_they_act_for() {
        var own = world.enrol(hp, centre, "MRN-A");
        world.enrol(colleague, centre, "MRN-B");

        assertThat(strictList(world.assistantOf(hp, centre), null, 10).items()).extracting(PatientSummary::id)
                .containsExactly(own);
    }

    @Test
    void in_centre_mode_every_patient_of_the_centre_is_listed_with_identity() {
        var first = world.enrol(hp, centre, "MRN-A");
        var second = world.enrol(colleague, centre, "MRN-B");
        var elsewhere = world.centre(PeopleFixtures.ERN);
        world.enrol(world.hp(elsewhere), elsewhere, "MRN-C");

        var listed = list(new AccessPolicy(IdentityVisibility.CENTRE))
                .handle(new ListCentrePatients.Query(hp, centre, null, 10)).items();

        assertThat(listed).extracting(PatientSummary::id).containsExactlyInAnyOrder(first, second);
        assertThat(listed).allSatisfy(s -> assertThat(s.identity()).isPresent());
    }

    @Test
    void each_patient_shown_is_audited_as_a_search() {
        var own = world.enrol(hp, centre, "MRN-A");
        world.enrol(colleague, centre, "MRN-B");
        int before = world.audit().size();

        strictList(hp, null, 10);

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
    void pages_hold_only_the_patients_shown_across_chunks_of_the_centre() {
        storeAlternately(2 * ListCentrePatients.CHUNK + 10);
        var own = handledBy(hp.id());

        var all = strictList(hp, null, 500);
        assertThat(all.items()).extracting(PatientSummary::id).isEqualTo(own);
        assertThat(all.next()).isEmpty();
        assertThat(walk(hp, 30)).isEqualTo(own);
        var first = strictList(hp, null, 30);
        assertThat(first.next()).contains(PatientCursor.of(world.patients.get(own.get(29))).token());
        assertThat(strictList(hp, first.next().orElseThrow(), 30).items()).extracting(PatientSummary::id)
                .isEqualTo(own.subList(30, 60));
    }

    @Test
    void the_last_page_has_no_next_token_even_when_it_is_full() {
        storeAlternately(8);
        var own = handledBy(hp.id());

        var first = strictList(hp, null, 2);
        var second = strictList(hp, first.next().orElseThrow(), 2);

        assertThat(second.items()).extracting(PatientSummary::id).isEqualTo(own.subList(2, 4));
        assertThat(second.next()).isEmpty();
        assertThat(strictList(hp, null, 4).next()).isEmpty();
        assertThat(strictList(hp, null, 3).next()).isPresent();
    }

    @Test
    void a_centre_of_exactly_one_chunk_is_read_to_its_end() {
        storeAlternately(ListCentrePatients.CHUNK);

        assertThat(strictList(hp, null, 500).items()).extracting(PatientSummary::id).isEqualTo(handledBy(hp.id()));
        assertThat(walk(hp, 7)).isEqualTo(handledBy(hp.id()));
    }

    @Test
    void a_patient_enrolled_between_two_pages_neither_shifts_nor_repeats_the_patients_listed() {
        storeAlternately(10);
        var own = handledBy(hp.id());
        var first = strictList(hp, null, 2);

        var listedFirst = PatientId.of("00000000-0000-4000-8000-000000000000");
        world.patients.save(Patient.restore(new NewPatient(listedFirst, Pseudonym.of(new Nickname("early-otter-1")),
                identifying("MRN-NEW"), centre, hp.id(), PeopleFixtures.TODAY), 0));
        var second = strictList(hp, first.next().orElseThrow(), 2);

        assertThat(second.items()).extracting(PatientSummary::id).isEqualTo(own.subList(2, 4));
        assertThat(strictList(hp, null, 1).items()).extracting(PatientSummary::id).containsExactly(listedFirst);
    }

    @Test
    void only_the_staff_of_the_centre_may_list_its_patients() {
        world.enrol(hp, centre, "MRN-A");
        var outsider = world.hp(world.centre(PeopleFixtures.ERN));
        var researcher = world.person(RoleGrant.researcher(PeopleFixtures.ERN));

        for (Actor actor : new Actor[] {outsider, researcher}) {
            assertThatThrownBy(() -> strictList(actor, null, 10))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("access.patient-list-forbidden");
        }
    }

    @Test
    void the_limit_is_bounded_and_the_token_must_be_one_the_list_handed_out() {
        assertThatThrownBy(() -> new ListCentrePatients.Query(hp, centre, null, 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> new ListCentrePatients.Query(hp, centre, null, 501))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThat(new ListCentrePatients.Query(hp, centre, null, 500).limit()).isEqualTo(500);
        assertThat(new ListCentrePatients.Query(hp, centre, null, 1).limit()).isEqualTo(1);
        for (String bad : List.of("", "page-2", new PanelCursor(PeopleFixtures.NOW, PanelId.random()).token())) {
            assertThatThrownBy(() -> new ListCentrePatients.Query(hp, centre, bad, 10)).as(bad)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("cursor.invalid");
        }
        var position = new PatientCursor(PeopleFixtures.TODAY, PatientId.random());
        assertThat(new ListCentrePatients.Query(hp, centre, position.token(), 10).position()).contains(position);
        assertThat(new ListCentrePatients.Query(hp, centre, null, 10).position()).isEmpty();
    }

    @Test
    void a_token_of_a_position_the_actor_was_not_shown_continues_after_that_position() {
        storeAlternately(20);
        var own = handledBy(hp.id());
        var hidden = PatientCursor.of(world.patients.get(handledBy(colleague.id()).get(4)));

        assertThat(strictList(hp, hidden.token(), 10).items()).extracting(PatientSummary::id)
                .isEqualTo(own.stream().filter(id -> hidden.precedes(world.patients.get(id))).toList())
                .isNotEmpty();
    }
}
