package org.opencpms.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;

class PatientValuesTest {

    private static final LocalDate BORN = LocalDate.of(2012, 5, 14);
    private static final HospitalIdentifier MRN = new HospitalIdentifier("MRN-0042");

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void identifying_data_needs_names_birth_date_sex_and_hospital_identifier() {
        var data = new IdentifyingData(" Marie ", " Dupont ", BORN, Sex.FEMALE, MRN, null);
        assertThat(data.givenName()).isEqualTo("Marie");
        assertThat(data.familyName()).isEqualTo("Dupont");
        assertThat(data.national()).isEmpty();
        assertThat(codeOf(() -> new IdentifyingData(" ", "Dupont", BORN, Sex.FEMALE, MRN, null))).isEqualTo("given-name.invalid");
        assertThat(codeOf(() -> new IdentifyingData("Marie", null, BORN, Sex.FEMALE, MRN, null))).isEqualTo("family-name.invalid");
        assertThat(codeOf(() -> new IdentifyingData("Marie", "Dupont", null, Sex.FEMALE, MRN, null))).isEqualTo("date-of-birth.invalid");
        assertThat(codeOf(() -> new IdentifyingData("Marie", "Dupont", BORN, null, MRN, null))).isEqualTo("sex.invalid");
        assertThat(codeOf(() -> new IdentifyingData("Marie", "Dupont", BORN, Sex.FEMALE, null, null))).isEqualTo("hospital-identifier.invalid");
    }

    @Test
    void names_have_at_most_100_characters() {
        assertThat(new IdentifyingData("g".repeat(100), "f".repeat(100), BORN, Sex.OTHER, MRN, null).givenName()).hasSize(100);
        assertThat(codeOf(() -> new IdentifyingData("g".repeat(101), "f", BORN, Sex.OTHER, MRN, null))).isEqualTo("given-name.invalid");
        assertThat(codeOf(() -> new IdentifyingData("g", "f".repeat(101), BORN, Sex.OTHER, MRN, null))).isEqualTo("family-name.invalid");
    }

    @Test
    void identifying_data_never_shows_in_its_text_form() {
        var national = new NationalIdentifier(Country.of("FR"), "2120575123456");
        var data = new IdentifyingData("Marie", "Dupont", BORN, Sex.FEMALE, MRN, national);

        assertThat(data.national()).contains(national);
        assertThat(data).hasToString("IdentifyingData[redacted]");
        assertThat(MRN).hasToString("HospitalIdentifier[redacted]");
        assertThat(national).hasToString("NationalIdentifier[redacted]");
        var id = PatientId.random();
        assertThat(new NewPatient(id, PatientFixtures.PSEUDONYM, data, PatientFixtures.CENTRE, PatientFixtures.HP_ID, BORN))
                .hasToString("NewPatient[" + id + "]");
    }

    @Test
    void identifiers_are_not_blank_and_at_most_64_characters() {
        assertThat(new HospitalIdentifier(" 12 34 ").value()).isEqualTo("12 34");
        assertThat(new HospitalIdentifier("h".repeat(64)).value()).hasSize(64);
        assertThat(codeOf(() -> new HospitalIdentifier("h".repeat(65)))).isEqualTo("hospital-identifier.invalid");
        assertThat(codeOf(() -> new HospitalIdentifier(""))).isEqualTo("hospital-identifier.invalid");
        var fr = Country.of("FR");
        assertThat(new NationalIdentifier(fr, " 1 84 ").value()).isEqualTo("1 84");
        assertThat(new NationalIdentifier(fr, "n".repeat(64)).issuer()).isEqualTo(fr);
        assertThat(codeOf(() -> new NationalIdentifier(fr, "n".repeat(65)))).isEqualTo("national-identifier.invalid");
        assertThat(codeOf(() -> new NationalIdentifier(null, "1"))).isEqualTo("national-identifier-issuer.invalid");
    }

    @Test
    void a_nickname_is_lower_case_words_and_numbers_joined_by_hyphens() {
        assertThat(new Nickname(" nimble-okapi-0427 ").value()).isEqualTo("nimble-okapi-0427");
        assertThat(new Nickname("okapi")).hasToString("okapi");
        assertThat(new Nickname("n".repeat(64)).value()).hasSize(64);
        for (String bad : new String[] {"Nimble-okapi", "nimble okapi", "nimble--okapi", "-okapi", "okapi-", "okapi_1",
                "n".repeat(65), "élan"}) {
            assertThat(codeOf(() -> new Nickname(bad))).as(bad).isEqualTo("nickname.invalid");
        }
    }

    @Test
    void a_pseudonym_is_a_nickname_and_an_opaque_id() {
        var nickname = new Nickname("nimble-okapi-0427");
        var pseudonym = Pseudonym.of(nickname);
        var id = PseudonymId.random();

        assertThat(pseudonym.nickname()).isEqualTo(nickname);
        assertThat(pseudonym.id()).isNotEqualTo(Pseudonym.of(nickname).id());
        assertThat(PseudonymId.of(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
        assertThat(codeOf(() -> PseudonymId.of("nope"))).isEqualTo("pseudonym-id.invalid");
        assertThat(codeOf(() -> PseudonymId.of(null))).isEqualTo("pseudonym-id.invalid");
        assertThat(codeOf(() -> new Pseudonym(null, id))).isEqualTo("nickname.invalid");
        assertThat(codeOf(() -> new Pseudonym(nickname, null))).isEqualTo("pseudonym-id.invalid");
        assertThatThrownBy(() -> Pseudonym.of(null)).isInstanceOf(DomainException.class);
    }
}
