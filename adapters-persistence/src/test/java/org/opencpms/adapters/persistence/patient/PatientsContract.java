package org.opencpms.adapters.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.ENROLLED_ON;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.enrollingHp;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.identifyingData;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.patient;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.uniqueHospitalIdentifier;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.uniqueNickname;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.patient.DuplicateHospitalIdentifier;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * What every {@link Patients} does, whatever stores it. The store may live for the whole class,
 * so each test works at centres of its own and looks only at the patients it saved.
 */
abstract class PatientsContract {

    private static final Instant NOW = Instant.parse("2025-03-02T09:00:00Z");

    protected abstract Patients patients();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private Patient saved(Patient patient) {
        inTransaction(() -> patients().save(patient));
        return patient;
    }

    private Patient saved(ProviderId centre, LocalDate enrolledOn) {
        return saved(patient(centre, enrolledOn));
    }

    private static void assertSamePatient(Patient found, Patient expected) {
        assertThat(found.id()).isEqualTo(expected.id());
        assertThat(found.pseudonym()).isEqualTo(expected.pseudonym());
        assertThat(found.identifyingData()).isEqualTo(expected.identifyingData());
        assertThat(found.centre()).isEqualTo(expected.centre());
        assertThat(found.enrollingHp()).isEqualTo(expected.enrollingHp());
        assertThat(found.enrolledOn()).isEqualTo(expected.enrolledOn());
    }

    @Test
    void patients_are_found_together_by_their_ids_and_ids_of_no_patient_are_left_out() {
        var centre = ProviderId.random();
        var first = saved(centre, ENROLLED_ON);
        var second = saved(centre, ENROLLED_ON.minusDays(1));

        Map<PatientId, Patient> found = read(() -> patients().findAll(List.of(first.id(), PatientId.random(), second.id(),
                first.id())));

        assertThat(found).containsOnlyKeys(first.id(), second.id());
        assertSamePatient(found.get(first.id()), first);
        assertSamePatient(found.get(second.id()), second);
    }

    @Test
    void finding_patients_by_no_ids_finds_none() {
        assertThat(read(() -> patients().findAll(List.of()))).isEmpty();
    }

    @Test
    void a_saved_patient_is_found_with_every_field_and_version_zero() {
        var patient = saved(patient(ProviderId.random(), ENROLLED_ON));

        var found = read(() -> patients().get(patient.id()));

        assertSamePatient(found, patient);
        assertThat(found.identifyingData().givenName()).isEqualTo("Émilie");
        assertThat(found.identifyingData().familyName()).isEqualTo("van der Berg-Øster");
        assertThat(found.identifyingData().dateOfBirth()).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(found.sex()).isEqualTo(Sex.FEMALE);
        assertThat(found.identifyingData().national()).isEqualTo(patient.identifyingData().national());
        assertThat(found.version()).isZero();
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void a_patient_without_national_identifier_is_stored_without_one() {
        var data = new IdentifyingData("Jan", "Novák", LocalDate.of(1980, 12, 31), Sex.UNKNOWN, uniqueHospitalIdentifier(), null);
        var patient = saved(patient(PatientId.random(), ProviderId.random(), ENROLLED_ON, data));

        var found = read(() -> patients().get(patient.id()));

        assertThat(found.identifyingData()).isEqualTo(data);
        assertThat(found.identifyingData().national()).isEmpty();
    }

    @Test
    void each_save_increments_the_version_by_one_and_stores_corrected_identifying_data() {
        var patient = saved(patient(ProviderId.random(), ENROLLED_ON));
        var corrected = new IdentifyingData("Emily", "Vandenberg", LocalDate.of(2012, 3, 1), Sex.OTHER,
                uniqueHospitalIdentifier(), null);

        var first = read(() -> patients().get(patient.id()));
        first.correctIdentifyingData(corrected, enrollingHp(first), NOW);
        inTransaction(() -> patients().save(first));

        var second = read(() -> patients().get(patient.id()));
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.identifyingData()).isEqualTo(corrected);
        assertThat(second.sex()).isEqualTo(Sex.OTHER);
        assertThat(second.pseudonym()).isEqualTo(patient.pseudonym());

        inTransaction(() -> patients().save(second));
        var third = read(() -> patients().get(patient.id()));
        assertThat(third.version()).isEqualTo(2);
        assertThat(third.identifyingData()).isEqualTo(corrected);
    }

    @Test
    void saving_a_stale_version_fails_with_a_concurrent_update_and_changes_nothing() {
        var patient = saved(patient(ProviderId.random(), ENROLLED_ON));
        var mine = read(() -> patients().get(patient.id()));
        var theirs = read(() -> patients().get(patient.id()));
        var theirCorrection = identifyingData(uniqueHospitalIdentifier());
        theirs.correctIdentifyingData(theirCorrection, enrollingHp(theirs), NOW);
        inTransaction(() -> patients().save(theirs));

        mine.correctIdentifyingData(identifyingData(uniqueHospitalIdentifier()), enrollingHp(mine), NOW);
        assertThatThrownBy(() -> inTransaction(() -> patients().save(mine)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.concurrent-update");

        var stored = read(() -> patients().get(patient.id()));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.identifyingData()).isEqualTo(theirCorrection);
    }

    @Test
    void a_patient_found_is_a_copy_that_changes_nothing_until_saved() {
        var patient = saved(patient(ProviderId.random(), ENROLLED_ON));
        var original = patient.identifyingData();
        var found = read(() -> patients().get(patient.id()));
        found.correctIdentifyingData(identifyingData(uniqueHospitalIdentifier()), enrollingHp(found), NOW);
        patient.correctIdentifyingData(identifyingData(uniqueHospitalIdentifier()), enrollingHp(patient), NOW);

        assertThat(read(() -> patients().get(patient.id())).identifyingData()).isEqualTo(original);
    }

    @Test
    void an_unknown_patient_is_not_found() {
        var id = PatientId.random();
        assertThat(read(() -> patients().find(id))).isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> patients().get(id)))
                .isInstanceOf(PatientNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
    }

    @Test
    void a_patient_is_found_by_hospital_identifier_at_their_centre_only() {
        var centre = ProviderId.random();
        var patient = saved(patient(centre, ENROLLED_ON));
        var identifier = patient.identifyingData().hospitalIdentifier();
        saved(centre, ENROLLED_ON);

        var found = read(() -> patients().findByHospitalIdentifier(centre, identifier));

        assertThat(found).isPresent();
        assertSamePatient(found.orElseThrow(), patient);
        assertThat(found.orElseThrow().version()).isZero();
        assertThat(read(() -> patients().findByHospitalIdentifier(ProviderId.random(), identifier))).isEmpty();
        assertThat(read(() -> patients().findByHospitalIdentifier(centre, new HospitalIdentifier(identifier.value() + "0")))).isEmpty();
        assertThat(read(() -> patients().findByHospitalIdentifier(centre,
                new HospitalIdentifier(identifier.value().toLowerCase())))).isEmpty();
    }

    @Test
    void the_same_hospital_identifier_may_be_used_at_two_centres() {
        var identifier = uniqueHospitalIdentifier();
        var here = saved(patient(PatientId.random(), ProviderId.random(), ENROLLED_ON, identifyingData(identifier)));
        var there = saved(patient(PatientId.random(), ProviderId.random(), ENROLLED_ON, identifyingData(identifier)));

        assertThat(read(() -> patients().findByHospitalIdentifier(here.centre(), identifier))).map(Patient::id).contains(here.id());
        assertThat(read(() -> patients().findByHospitalIdentifier(there.centre(), identifier))).map(Patient::id).contains(there.id());
    }

    @Test
    void a_corrected_hospital_identifier_is_found_and_the_old_one_no_longer() {
        var patient = saved(patient(ProviderId.random(), ENROLLED_ON));
        var old = patient.identifyingData().hospitalIdentifier();
        var corrected = uniqueHospitalIdentifier();
        var found = read(() -> patients().get(patient.id()));
        found.correctIdentifyingData(identifyingData(corrected), enrollingHp(found), NOW);
        inTransaction(() -> patients().save(found));

        assertThat(read(() -> patients().findByHospitalIdentifier(patient.centre(), corrected))).map(Patient::id).contains(patient.id());
        assertThat(read(() -> patients().findByHospitalIdentifier(patient.centre(), old))).isEmpty();
    }

    @Test
    void a_nickname_is_taken_once_any_patient_has_it() {
        var patient = saved(patient(ProviderId.random(), ENROLLED_ON));
        assertThat(read(() -> patients().nicknameTaken(patient.nickname()))).isTrue();
        assertThat(read(() -> patients().nicknameTaken(uniqueNickname()))).isFalse();
    }

    @Test
    void a_centres_patients_are_listed_most_recently_enrolled_first_ties_by_id() {
        var centre = ProviderId.random();
        var oldest = saved(centre, ENROLLED_ON.minusYears(1));
        var tieHigh = saved(patient(PatientId.of("70000000-0000-4000-8000-000000000000"), centre, ENROLLED_ON));
        var tieLow = saved(patient(PatientId.of("10000000-0000-4000-8000-000000000000"), centre, ENROLLED_ON));
        var newest = saved(centre, ENROLLED_ON.plusDays(1));
        saved(ProviderId.random(), ENROLLED_ON);

        var listed = read(() -> patients().listAtCentre(centre, 0, 10));

        assertThat(listed).extracting(Patient::id).containsExactly(newest.id(), tieLow.id(), tieHigh.id(), oldest.id());
        assertSamePatient(listed.get(0), newest);
        assertThat(listed.get(0).version()).isZero();
    }

    @Test
    void a_centres_list_is_paged_by_offset_and_limit() {
        var centre = ProviderId.random();
        var ids = new ArrayList<PatientId>();
        for (int day = 5; day >= 1; day--) {
            ids.add(saved(centre, ENROLLED_ON.plusDays(day)).id());
        }

        assertThat(read(() -> patients().listAtCentre(centre, 0, 2))).extracting(Patient::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(read(() -> patients().listAtCentre(centre, 2, 2))).extracting(Patient::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(read(() -> patients().listAtCentre(centre, 4, 2))).extracting(Patient::id).containsExactly(ids.get(4));
        assertThat(read(() -> patients().listAtCentre(centre, 5, 2))).isEmpty();
        assertThat(read(() -> patients().listAtCentre(ProviderId.random(), 0, 2))).isEmpty();
    }

    @Test
    void paging_outside_the_bounds_is_refused() {
        var centre = ProviderId.random();
        assertThatThrownBy(() -> inTransaction(() -> patients().listAtCentre(centre, -1, 10)))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("offset.invalid");
        assertThatThrownBy(() -> inTransaction(() -> patients().listAtCentre(centre, 0, 0)))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> inTransaction(() -> patients().page(-1, 10)))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("offset.invalid");
        assertThatThrownBy(() -> inTransaction(() -> patients().page(0, 0)))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
    }

    // ---------------------------------------------------------------- keyset paging of a centre's list

    /** A fresh id whose canonical text starts with this hex digit. */
    private static PatientId idStartingWith(char digit) {
        return PatientId.of(digit + PatientId.random().toString().substring(1));
    }

    private List<Patient> after(ProviderId centre, PatientCursor position, int limit) {
        return read(() -> patients().listAtCentre(centre, Optional.of(position), limit));
    }

    /** Every patient of the centre, read page by page after the token of the last one read. */
    private List<PatientId> walk(ProviderId centre, int limit) {
        var seen = new ArrayList<PatientId>();
        Optional<PatientCursor> position = Optional.empty();
        List<Patient> page;
        do {
            var from = position;
            page = read(() -> patients().listAtCentre(centre, from, limit));
            assertThat(page).hasSizeLessThanOrEqualTo(limit);
            page.forEach(p -> seen.add(p.id()));
            if (!page.isEmpty()) {
                position = Optional.of(PatientCursor.parse(PatientCursor.of(page.get(page.size() - 1)).token()));
            }
        } while (page.size() == limit);
        return seen;
    }

    @Test
    void walking_a_centres_list_by_cursor_yields_every_patient_once_in_the_lists_order() {
        var centre = ProviderId.random();
        for (char digit : new char[] {'f', '0', '8', '7', 'a', '1'}) {
            saved(patient(idStartingWith(digit), centre, ENROLLED_ON));
        }
        for (int day = 1; day <= 4; day++) {
            saved(centre, ENROLLED_ON.plusDays(day));
            saved(centre, ENROLLED_ON.minusDays(day));
        }
        saved(ProviderId.random(), ENROLLED_ON);
        var inOrder = read(() -> patients().listAtCentre(centre, 0, 100));
        assertThat(inOrder).hasSize(14).extracting(PatientCursor::of).isSortedAccordingTo(PatientCursor.LIST_ORDER);
        var expected = inOrder.stream().map(Patient::id).toList();

        for (int limit : new int[] {1, 2, 3, 5, 14, 100}) {
            assertThat(walk(centre, limit)).as("limit %d", limit).isEqualTo(expected);
        }
        assertThat(read(() -> patients().listAtCentre(centre, Optional.empty(), 3))).extracting(Patient::id)
                .isEqualTo(expected.subList(0, 3));
        assertSamePatient(read(() -> patients().listAtCentre(centre, Optional.empty(), 1)).get(0), inOrder.get(0));
    }

    @Test
    void patients_enrolled_between_two_pages_neither_shift_nor_repeat_those_already_read() {
        var centre = ProviderId.random();
        var fourth = saved(centre, ENROLLED_ON.minusDays(2));
        var third = saved(centre, ENROLLED_ON.minusDays(1));
        var second = saved(patient(idStartingWith('8'), centre, ENROLLED_ON));
        var first = saved(centre, ENROLLED_ON.plusDays(1));
        var firstPage = read(() -> patients().listAtCentre(centre, Optional.empty(), 2));
        assertThat(firstPage).extracting(Patient::id).containsExactly(first.id(), second.id());

        saved(centre, ENROLLED_ON.plusDays(2));
        saved(patient(idStartingWith('0'), centre, ENROLLED_ON));
        var sameDayLater = saved(patient(idStartingWith('f'), centre, ENROLLED_ON));
        var secondPage = after(centre, PatientCursor.of(firstPage.get(1)), 2);
        var thirdPage = after(centre, PatientCursor.of(secondPage.get(1)), 2);

        assertThat(secondPage).extracting(Patient::id).containsExactly(sameDayLater.id(), third.id());
        assertThat(thirdPage).extracting(Patient::id).containsExactly(fourth.id());
    }

    @Test
    void a_cursor_that_names_no_listed_patient_continues_after_its_position() {
        var centre = ProviderId.random();
        var older = saved(centre, ENROLLED_ON.minusDays(1));
        var low = saved(patient(idStartingWith('1'), centre, ENROLLED_ON));
        var high = saved(patient(idStartingWith('e'), centre, ENROLLED_ON));
        var newer = saved(centre, ENROLLED_ON.plusDays(1));
        var elsewhere = saved(patient(idStartingWith('8'), ProviderId.random(), ENROLLED_ON));

        assertThat(after(centre, PatientCursor.of(elsewhere), 10)).extracting(Patient::id)
                .containsExactly(high.id(), older.id());
        assertThat(after(centre, new PatientCursor(ENROLLED_ON, idStartingWith('0')), 10)).extracting(Patient::id)
                .containsExactly(low.id(), high.id(), older.id());
        assertThat(after(centre, new PatientCursor(ENROLLED_ON.plusDays(5), PatientId.random()), 10)).extracting(Patient::id)
                .containsExactly(newer.id(), low.id(), high.id(), older.id());
        assertThat(after(centre, new PatientCursor(ENROLLED_ON.minusDays(1), PatientId.of("ffffffff-ffff-ffff-ffff-ffffffffffff")),
                10)).isEmpty();
        assertThat(after(ProviderId.random(), PatientCursor.of(newer), 10)).isEmpty();
    }

    @Test
    void a_page_by_cursor_has_a_bounded_limit() {
        var centre = ProviderId.random();
        var position = Optional.of(new PatientCursor(ENROLLED_ON, PatientId.random()));
        for (int limit : new int[] {0, 501}) {
            assertThatThrownBy(() -> inTransaction(() -> patients().listAtCentre(centre, position, limit)))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
            assertThatThrownBy(() -> inTransaction(() -> patients().listAtCentre(centre, Optional.empty(), limit)))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        }
        assertThat(read(() -> patients().listAtCentre(centre, position, 500))).isEmpty();
    }

    @Test
    void all_patients_are_paged_by_id_as_canonical_text() {
        var mine = List.of(
                saved(patient(PatientId.of("f0000000-0000-4000-8000-000000000000"), ProviderId.random(), ENROLLED_ON)).id(),
                saved(patient(ProviderId.random(), ENROLLED_ON)).id(),
                saved(patient(ProviderId.random(), ENROLLED_ON)).id(),
                saved(patient(PatientId.of("00000000-0000-4000-8000-000000000001"), ProviderId.random(), ENROLLED_ON)).id());

        var all = new ArrayList<PatientId>();
        List<Patient> page;
        int offset = 0;
        do {
            int from = offset;
            page = read(() -> patients().page(from, 3));
            assertThat(page.size()).isLessThanOrEqualTo(3);
            page.forEach(p -> all.add(p.id()));
            offset += 3;
        } while (page.size() == 3);

        assertThat(all).doesNotHaveDuplicates().containsAll(mine);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(PatientId::toString));
    }

    @Test
    void the_patients_of_a_page_are_complete() {
        var patient = saved(patient(PatientId.of("00000000-0000-0000-0000-000000000000"), ProviderId.random(), ENROLLED_ON));

        var first = read(() -> patients().page(0, 1));

        assertThat(first).hasSize(1);
        assertSamePatient(first.get(0), patient);
    }

    @Test
    void enrolling_with_the_domain_factory_stores_the_enrolled_patient() {
        var centre = ProviderId.random();
        var hp = UserId.random();
        var enrolled = Patient.enrol(new NewPatient(PatientId.random(), new Pseudonym(uniqueNickname(), PseudonymId.random()),
                identifyingData(uniqueHospitalIdentifier()), centre, hp, ENROLLED_ON),
                Actor.of(hp, RoleGrant.healthProfessional(Ern.ERKNET, centre)), NOW);
        inTransaction(() -> patients().save(enrolled));

        assertSamePatient(read(() -> patients().get(enrolled.id())), enrolled);
    }

    /** A patient just enrolled through the domain's factory: new, at version 0. */
    private Patient enrolled(ProviderId centre, HospitalIdentifier hospitalIdentifier) {
        var hp = UserId.random();
        return Patient.enrol(new NewPatient(PatientId.random(), new Pseudonym(uniqueNickname(), PseudonymId.random()),
                identifyingData(hospitalIdentifier), centre, hp, ENROLLED_ON),
                Actor.of(hp, RoleGrant.healthProfessional(Ern.ERKNET, centre)), NOW);
    }

    @Test
    void a_new_patient_is_inserted_once_and_saving_it_as_new_again_is_a_concurrent_update() {
        var enrolled = enrolled(ProviderId.random(), uniqueHospitalIdentifier());
        inTransaction(() -> patients().save(enrolled));

        assertThatThrownBy(() -> inTransaction(() -> patients().save(enrolled)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.concurrent-update");
        assertThat(read(() -> patients().get(enrolled.id())).version()).isZero();
    }

    @Test
    void a_new_patient_saved_twice_in_one_transaction_is_a_concurrent_update() {
        var enrolled = enrolled(ProviderId.random(), uniqueHospitalIdentifier());

        assertThatThrownBy(() -> inTransaction(() -> {
            patients().save(enrolled);
            patients().save(enrolled);
        })).isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.concurrent-update");
    }

    @Test
    void a_new_patient_with_a_hospital_identifier_taken_at_the_centre_is_refused_and_not_stored() {
        var centre = ProviderId.random();
        var taken = saved(patient(centre, ENROLLED_ON)).identifyingData().hospitalIdentifier();
        var enrolled = enrolled(centre, taken);

        assertThatThrownBy(() -> inTransaction(() -> patients().save(enrolled)))
                .isInstanceOf(DuplicateHospitalIdentifier.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.duplicate-hospital-identifier");
        assertThat(read(() -> patients().find(enrolled.id()))).isEmpty();
        assertThat(read(() -> patients().nicknameTaken(enrolled.nickname()))).isFalse();
    }
}
