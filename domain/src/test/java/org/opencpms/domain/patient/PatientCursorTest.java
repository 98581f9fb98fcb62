package org.opencpms.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;

class PatientCursorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final PatientId LOW = PatientId.of("00000000-0000-4000-8000-000000000001");
    private static final PatientId HIGH = PatientId.of("f0000000-0000-4000-8000-000000000000");

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    private static Patient enrolled(PatientId id, LocalDate on) {
        return Patient.restore(new NewPatient(id, PatientFixtures.PSEUDONYM, PatientFixtures.identifyingData(),
                PatientFixtures.CENTRE, PatientFixtures.HP_ID, on), 0);
    }

    @Test
    void the_position_of_a_patient_is_its_enrolment_date_and_id() {
        assertThat(PatientCursor.of(enrolled(LOW, DAY))).isEqualTo(new PatientCursor(DAY, LOW));
    }

    @Test
    void the_token_is_the_base64url_of_the_date_and_the_id_and_reads_back() {
        var cursor = new PatientCursor(DAY, HIGH);

        assertThat(cursor.token()).isEqualTo(encoded("2026-03-01~f0000000-0000-4000-8000-000000000000"));
        assertThat(PatientCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void a_text_that_is_not_a_patient_list_token_is_an_invalid_cursor() {
        for (String bad : List.of("not a token", encoded("2026-03-01"), encoded("2026-03-01~nope"),
                encoded("2026-13-01~" + LOW), encoded("2026-03-01~" + HIGH.toString().toUpperCase()),
                encoded("2026-03-01T10:00:00Z~" + LOW))) {
            assertThatThrownBy(() -> PatientCursor.parse(bad)).as(bad).isInstanceOf(InvalidValue.class)
                    .extracting(PatientCursorTest::code).isEqualTo("cursor.invalid");
        }
        assertThatThrownBy(() -> PatientCursor.parse(null)).extracting(PatientCursorTest::code).isEqualTo("cursor.invalid");
    }

    @Test
    void both_values_are_required() {
        assertThatThrownBy(() -> new PatientCursor(null, LOW)).extracting(PatientCursorTest::code).isEqualTo("cursor.invalid");
        assertThatThrownBy(() -> new PatientCursor(DAY, null)).extracting(PatientCursorTest::code).isEqualTo("cursor.invalid");
    }

    @Test
    void the_list_is_most_recently_enrolled_first_ties_by_id_as_text() {
        var newest = new PatientCursor(DAY.plusDays(1), HIGH);
        var low = new PatientCursor(DAY, LOW);
        var high = new PatientCursor(DAY, HIGH);
        var oldest = new PatientCursor(DAY.minusDays(1), LOW);

        assertThat(List.of(oldest, high, newest, low).stream().sorted(PatientCursor.LIST_ORDER).toList())
                .containsExactly(newest, low, high, oldest);
    }

    @Test
    void a_position_precedes_exactly_the_patients_after_it() {
        var position = new PatientCursor(DAY, PatientId.of("80000000-0000-4000-8000-000000000000"));

        assertThat(position.precedes(enrolled(HIGH, DAY))).isTrue();
        assertThat(position.precedes(enrolled(LOW, DAY.minusDays(1)))).isTrue();
        assertThat(position.precedes(enrolled(position.id(), DAY))).isFalse();
        assertThat(position.precedes(enrolled(LOW, DAY))).isFalse();
        assertThat(position.precedes(enrolled(HIGH, DAY.plusDays(1)))).isFalse();
    }
}
