package org.opencpms.domain.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodingSystemTest {

    @Test
    void each_system_has_its_canonical_uri_and_display_name() {
        assertThat(CodingSystem.ICD_10.uri()).isEqualTo("http://hl7.org/fhir/sid/icd-10");
        assertThat(CodingSystem.ORPHACODE.uri()).isEqualTo("http://www.orpha.net");
        assertThat(CodingSystem.HPO.uri()).isEqualTo("http://human-phenotype-ontology.org");
        assertThat(CodingSystem.LOINC.uri()).isEqualTo("http://loinc.org");
        assertThat(CodingSystem.SNOMED_CT.uri()).isEqualTo("http://snomed.info/sct");
        assertThat(CodingSystem.MEDDRA.uri()).isEqualTo("http://meddra.org");
        assertThat(CodingSystem.SNOMED_CT.displayName()).isEqualTo("SNOMED CT");
        assertThat(CodingSystem.ICD_10.displayName()).isEqualTo("ICD-10");
    }

    @Test
    void a_system_is_found_by_its_uri_only() {
        for (CodingSystem system : CodingSystem.values()) {
            assertThat(CodingSystem.byUri(system.uri())).contains(system);
        }
        assertThat(CodingSystem.byUri("http://loinc.org/")).isEmpty();
        assertThat(CodingSystem.byUri(null)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void no_system_accepts_a_missing_code(String code) {
        for (CodingSystem system : CodingSystem.values()) {
            assertThat(system.isValid(code)).as(system.name()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"G71.0", "Q87.4", "E84", "E84.1", "Z99.1234", "U07.1", "A00.A"})
    void icd_10_accepts_a_letter_two_digits_and_an_optional_subdivision(String code) {
        assertThat(CodingSystem.ICD_10.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"g71.0", "G710", "G7.1", "G71.", "G71.12345", "171.0", "GG1.0", "G71-0", " G71.0", ""})
    void icd_10_rejects_anything_else(String code) {
        assertThat(CodingSystem.ICD_10.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"558", "ORPHA:558", "1", "ORPHA:98896", "100000000"})
    void orphacode_accepts_a_positive_integer_with_or_without_prefix(String code) {
        assertThat(CodingSystem.ORPHACODE.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "ORPHA:0", "0558", "-558", "ORPHA:", "orpha:558", "ORPHA 558", "558a", "ORPHA:ORPHA:558"})
    void orphacode_rejects_anything_else(String code) {
        assertThat(CodingSystem.ORPHACODE.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HP:0001250", "HP:0000001", "HP:9999999"})
    void hpo_accepts_hp_and_seven_digits(String code) {
        assertThat(CodingSystem.HPO.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HP:000125", "HP:00012500", "hp:0001250", "HP0001250", "HPO:0001250", "0001250"})
    void hpo_rejects_anything_else(String code) {
        assertThat(CodingSystem.HPO.isValid(code)).isFalse();
    }

    /** Published LOINC codes (glucose, haemoglobin, HbA1c, creatinine, systolic BP, weight, height, cholesterol). */
    @ParameterizedTest
    @ValueSource(strings = {"2345-7", "718-7", "4548-4", "2160-0", "8480-6", "29463-7", "8302-2", "2093-3", "12345-5"})
    void loinc_accepts_published_codes(String code) {
        assertThat(CodingSystem.LOINC.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2345-8", "2345-0", "718-8", "29463-6", "2345", "2345-", "-7", "2345-77", "12345678-0", "A345-7"})
    void loinc_rejects_a_wrong_check_digit_or_format(String code) {
        assertThat(CodingSystem.LOINC.isValid(code)).isFalse();
    }

    @Test
    void loinc_accepts_exactly_the_check_digit_the_users_guide_algorithm_gives() {
        for (int number = 1; number < 3000; number += 7) {
            String digits = Integer.toString(number);
            int expected = CheckDigits.loincByTheUsersGuide(digits);
            for (int candidate = 0; candidate <= 9; candidate++) {
                assertThat(CodingSystem.LOINC.isValid(digits + "-" + candidate)).as(digits + "-" + candidate)
                        .isEqualTo(candidate == expected);
            }
        }
        assertThat(CodingSystem.LOINC.isValid("1234567-" + CheckDigits.loincByTheUsersGuide("1234567"))).isTrue();
    }

    /** Published concepts: myocardial infarction, clinical finding, root, diabetes, hypertension, asthma, disease. */
    @ParameterizedTest
    @ValueSource(strings = {"22298006", "404684003", "138875005", "73211009", "38341003", "195967001", "64572001"})
    void snomed_ct_accepts_published_concept_ids(String code) {
        assertThat(CodingSystem.SNOMED_CT.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22298007", "22298005", "404684004", "2229806", "022298006", "22298006a", "", "12345"})
    void snomed_ct_rejects_a_wrong_check_digit_or_format(String code) {
        assertThat(CodingSystem.SNOMED_CT.isValid(code)).isFalse();
    }

    @Test
    void snomed_ct_accepts_exactly_the_verhoeff_check_digit() {
        for (String item : new String[] {"2229800", "40468400", "13887500", "999999900"}) {
            int expected = CheckDigits.verhoeffByTheGroup(item);
            for (int candidate = 0; candidate <= 9; candidate++) {
                assertThat(CodingSystem.SNOMED_CT.isValid(item + candidate)).as(item + candidate).isEqualTo(candidate == expected);
            }
        }
    }

    @Test
    void snomed_ct_accepts_only_concept_partitions() {
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("12345" + "00"))).isTrue();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("12345" + "01"))).as("description").isFalse();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("12345" + "02"))).as("relationship").isFalse();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("12345" + "20"))).isFalse();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("1" + "1000005" + "10"))).as("long format").isTrue();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("1" + "1000005" + "11"))).isFalse();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("1000005" + "10"))).as("no room for a namespace").isFalse();
    }

    @Test
    void snomed_ct_ids_have_six_to_eighteen_digits() {
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("100" + "00"))).isTrue();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("10" + "00"))).isFalse();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("12345678" + "1000005" + "10"))).isTrue();
        assertThat(CodingSystem.SNOMED_CT.isValid(CheckDigits.withVerhoeff("123456789" + "1000005" + "10"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10019211", "10028813", "00000000"})
    void meddra_accepts_eight_digits(String code) {
        assertThat(CodingSystem.MEDDRA.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001921", "100192110", "1001921A", "10019-11"})
    void meddra_rejects_anything_else(String code) {
        assertThat(CodingSystem.MEDDRA.isValid(code)).isFalse();
    }
}
