package org.opencpms.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencpms.domain.shared.PatientId;

class NicknameGeneratorProperties {

    private static boolean inVocabulary(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return Stream.concat(NicknameGenerator.ADJECTIVES.stream(), NicknameGenerator.ANIMALS.stream())
                .anyMatch(word -> word.contains(lower));
    }

    private static Stream<String> parts(String name) {
        return Stream.of(name.toLowerCase(Locale.ROOT).split("[\\s'-]+")).filter(p -> p.length() >= 2);
    }

    /**
     * Names: common European names, and arbitrary ones. An arbitrary name that happens to be part of a
     * fixed word (say "otte" in "otter") could appear by coincidence, not by derivation; those are left
     * out, and the common names are checked against the word lists by {@link NicknameGeneratorTest}.
     */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> common = Arbitraries.of(NicknameGeneratorTest.COMMON_NAMES);
        Arbitrary<String> arbitrary = Arbitraries.strings().alpha().withChars("àéüßøåçñłš' -").ofMinLength(2).ofMaxLength(30)
                .filter(name -> parts(name).findAny().isPresent() && parts(name).noneMatch(NicknameGeneratorProperties::inVocabulary));
        return Arbitraries.oneOf(common, arbitrary);
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Arbitraries.longs().between(0, 365L * 120).map(days -> LocalDate.of(2026, 1, 1).minusDays(days));
    }

    @Property
    void a_nickname_never_contains_any_part_of_the_patients_names_and_does_not_depend_on_them(
            @ForAll("names") String givenName, @ForAll("names") String familyName,
            @ForAll("birthDates") LocalDate born, @ForAll Sex sex, @ForAll long seed) {
        var data = new IdentifyingData(givenName, familyName, born, sex, new HospitalIdentifier(givenName + familyName), null);
        var nickname = new NicknameGenerator(new SplittableRandom(seed)).generate(n -> false);
        var patient = Patient.enrol(new NewPatient(PatientId.random(), Pseudonym.of(nickname), data, PatientFixtures.CENTRE,
                PatientFixtures.HP_ID, LocalDate.of(2026, 1, 1)), PatientFixtures.HP, PatientFixtures.NOW);

        assertThat(Stream.concat(parts(givenName), parts(familyName)))
                .noneMatch(part -> patient.nickname().value().contains(part));
        assertThat(new NicknameGenerator(new SplittableRandom(seed)).generate(n -> false))
                .as("the same randomness gives the same nickname, whoever the patient is")
                .isEqualTo(patient.nickname());
    }

    @Property
    void a_nickname_is_made_of_an_adjective_an_animal_and_four_digits_only(@ForAll long seed) {
        var nickname = new NicknameGenerator(new SplittableRandom(seed)).generate(n -> false).value();
        var parts = nickname.split("-");

        assertThat(parts).hasSize(3);
        assertThat(NicknameGenerator.ADJECTIVES).contains(parts[0]);
        assertThat(NicknameGenerator.ANIMALS).contains(parts[1]);
        assertThat(parts[2]).matches("[0-9]{4}");
    }

    @Property(tries = 200)
    void generated_nicknames_are_unique_when_taken_ones_are_excluded(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 500) int patients) {
        var generator = new NicknameGenerator(new SplittableRandom(seed));
        var taken = new HashSet<Nickname>();

        for (int i = 0; i < patients; i++) {
            assertThat(taken.add(generator.generate(taken::contains))).isTrue();
        }
        assertThat(taken).hasSize(patients);
    }

    @Property(tries = 200)
    void a_nickname_taken_by_someone_else_is_never_handed_out_again(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 99) int alreadyTaken) {
        var sameRandomness = new NicknameGenerator(new SplittableRandom(seed));
        var taken = new HashSet<Nickname>();
        for (int i = 0; i < alreadyTaken; i++) {
            taken.add(sameRandomness.generate(n -> false));
        }

        var nickname = new NicknameGenerator(new SplittableRandom(seed)).generate(taken::contains);

        assertThat(taken).doesNotContain(nickname);
    }
}
