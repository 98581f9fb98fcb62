package org.opencpms.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;

class NicknameGeneratorTest {

    /** Common given names and surnames across the EU/EEA, and nature words that are also given names. */
    static final List<String> COMMON_NAMES = List.of(
            "maria", "anna", "ana", "marie", "jean", "jose", "giulia", "sophie", "sofia", "lukas", "luca", "emma",
            "noah", "jan", "piotr", "eva", "ole", "lars", "ines", "marco", "elena", "ivan", "nikos", "sara", "leon",
            "mia", "ida", "otto", "rosa", "lea", "tom", "ben", "max", "ali", "eli", "ada", "amy", "ian", "ivo", "jon",
            "kim", "lev", "ola", "per", "john", "david", "thomas", "peter", "paul", "laura", "julia", "clara", "nina",
            "olga", "jakub", "giovanni", "pierre", "hugo", "camille", "carlos", "juan", "pablo", "lucia", "joao",
            "fatima", "omar", "hanna", "lisa", "lina", "nora", "liam", "finn", "erik", "sven", "nils", "ingrid",
            "aoife", "sean", "niamh", "georgios", "eleni", "petra", "martin", "pavel", "mihai", "ioana", "stefan",
            "milan", "luka", "marko", "aino", "mikko", "karl", "tomas", "jonas", "matas", "ema", "filip", "nika", "rok",
            "amber", "hazel", "robin", "ivy", "rose", "fern", "sage", "jasper", "coral", "olive", "heather", "daisy",
            "lily", "sunny", "misty", "merry", "earnest",
            "muller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "rossi", "russo",
            "ferrari", "bianchi", "romano", "garcia", "martinez", "lopez", "perez", "bernard", "dubois", "durand",
            "jansen", "janssen", "vries", "bakker", "visser", "peeters", "maes", "nowak", "kowalski", "silva",
            "santos", "costa", "jensen", "nielsen", "hansen", "johansson", "karlsson", "murphy", "kelly", "walsh",
            "smith", "brown", "taylor", "novak", "horvat", "nagy", "popescu", "papadopoulos", "korhonen", "tamm",
            "fox", "wolf", "lamb", "crane", "swan", "finch", "hawk", "drake", "fuchs", "vogel", "bear", "young",
            "strong", "white", "black", "green", "gray", "noble", "swift", "gallant");

    private static RandomGenerator scripted(List<Integer> boundsAsked, int... values) {
        var next = new AtomicInteger();
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                boundsAsked.add(bound);
                return values[next.getAndIncrement() % values.length];
            }
        };
    }

    @Test
    void a_nickname_is_an_adjective_an_animal_and_four_digits() {
        var bounds = new ArrayList<Integer>();
        var generator = new NicknameGenerator(scripted(bounds, 0, 0, 7));

        assertThat(generator.generate(n -> false)).isEqualTo(new Nickname("airy-albatross-0007"));
        assertThat(bounds).containsExactly(NicknameGenerator.ADJECTIVES.size(), NicknameGenerator.ANIMALS.size(), 10_000);
    }

    @Test
    void every_word_and_number_can_be_drawn() {
        int lastAdjective = NicknameGenerator.ADJECTIVES.size() - 1;
        int lastAnimal = NicknameGenerator.ANIMALS.size() - 1;
        var generator = new NicknameGenerator(scripted(new ArrayList<>(), lastAdjective, lastAnimal, 9999));

        assertThat(generator.generate(n -> false)).isEqualTo(new Nickname("zippy-zebra-9999"));
    }

    @Test
    void a_taken_nickname_is_skipped() {
        var generator = new NicknameGenerator(scripted(new ArrayList<>(), 1, 2, 3, 4, 5, 6));
        var taken = new Nickname("balmy-anteater-0003");

        assertThat(generator.generate(taken::equals)).isEqualTo(new Nickname("bubbly-axolotl-0006"));
    }

    @Test
    void the_generator_tries_one_hundred_candidates_before_giving_up() {
        var asked = new AtomicInteger();
        var generator = new NicknameGenerator(scripted(new ArrayList<>(), 0, 0, 0));

        assertThatThrownBy(() -> generator.generate(n -> asked.incrementAndGet() > 0))
                .isInstanceOf(NicknamesExhausted.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.nicknames-exhausted");
        assertThat(asked).hasValue(100);
    }

    @Test
    void the_hundredth_candidate_is_still_tried() {
        var asked = new AtomicInteger();
        var generator = new NicknameGenerator(scripted(new ArrayList<>(), 0, 0, 0));

        assertThat(generator.generate(n -> asked.incrementAndGet() < 100)).isEqualTo(new Nickname("airy-albatross-0000"));
        assertThat(asked).hasValue(100);
    }

    @Test
    void the_word_lists_are_distinct_lower_case_words() {
        var words = new ArrayList<String>(NicknameGenerator.ADJECTIVES);
        words.addAll(NicknameGenerator.ANIMALS);

        assertThat(words).allMatch(w -> w.matches("[a-z]+"));
        assertThat(new HashSet<>(words)).hasSameSizeAs(words);
        assertThat((long) NicknameGenerator.ADJECTIVES.size() * NicknameGenerator.ANIMALS.size() * NicknameGenerator.NUMBERS)
                .isGreaterThan(25_000_000L);
    }

    @Test
    void no_word_contains_or_is_a_common_name() {
        for (String name : COMMON_NAMES) {
            for (String word : NicknameGenerator.ADJECTIVES) {
                assertThat(word).as(name).doesNotContain(name.toLowerCase(Locale.ROOT));
            }
            for (String word : NicknameGenerator.ANIMALS) {
                assertThat(word).as(name).doesNotContain(name.toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void the_generator_needs_a_source_of_randomness_and_a_taken_check() {
        assertThatThrownBy(() -> new NicknameGenerator(null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("random.invalid");
        assertThatThrownBy(() -> new NicknameGenerator(scripted(new ArrayList<>(), 0)).generate(null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("is-taken.invalid");
    }
}
