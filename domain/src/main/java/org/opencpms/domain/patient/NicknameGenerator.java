package org.opencpms.domain.patient;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.opencpms.domain.shared.Require;

/**
 * Domain service: makes readable nicknames such as {@code nimble-okapi-0427} (an adjective, an
 * animal and four digits, about 28 million combinations).
 *
 * <p>Invariants: a nickname is drawn at random from fixed lists of neutral words (no colours or
 * virtues that are common given names or surnames, nothing medical, nothing unkind) and is never
 * derived from any identifying datum: the generator is never given any. It is unique: candidates
 * already taken are skipped, up to {@value #MAX_ATTEMPTS} attempts.
 */
public final class NicknameGenerator {

    static final int MAX_ATTEMPTS = 100;
    static final int NUMBERS = 10_000;

    static final List<String> ADJECTIVES = List.of(
            "airy", "balmy", "breezy", "brisk", "bubbly", "cheery", "cosmic", "cosy", "crisp", "dazzling",
            "dewy", "eager", "elated", "fluffy", "frosty", "fuzzy", "glossy", "jovial", "lucid", "luminous",
            "mellow", "mossy", "nimble", "peppy", "plucky", "polished", "serene", "shimmering", "silky", "sleek",
            "snowy", "snug", "sparkling", "spry", "starry", "steady", "sturdy", "sunlit", "tidy", "tranquil",
            "upbeat", "velvety", "vivid", "whimsical", "zesty", "zippy");

    static final List<String> ANIMALS = List.of(
            "albatross", "alpaca", "anteater", "antelope", "armadillo", "axolotl", "beluga", "bison", "capybara",
            "caribou", "chinchilla", "chipmunk", "cockatoo", "dingo", "dolphin", "dugong", "echidna", "emu",
            "flamingo", "gazelle", "gecko", "gibbon", "hedgehog", "hummingbird", "ibis", "impala", "kingfisher",
            "koala", "kookaburra", "kudu", "lemur", "macaw", "marmot", "meerkat", "mongoose", "narwhal", "newt",
            "numbat", "ocelot", "okapi", "orca", "oryx", "otter", "panda", "pangolin", "penguin", "platypus",
            "puffin", "quetzal", "quokka", "raccoon", "salamander", "seahorse", "tamarin", "tapir", "tortoise",
            "toucan", "wallaby", "walrus", "wombat", "yak", "zebra");

    private final RandomGenerator random;

    /** @param random the source of randomness; a {@code SecureRandom} in production */
    public NicknameGenerator(RandomGenerator random) {
        this.random = Require.present(random, "random");
    }

    /**
     * A nickname nobody has yet.
     *
     * @param isTaken whether a nickname is already in use (typically {@link Patients#nicknameTaken})
     * @throws NicknamesExhausted {@code patient.nicknames-exhausted} if {@value #MAX_ATTEMPTS} candidates in a row were taken
     */
    public Nickname generate(Predicate<Nickname> isTaken) {
        Require.present(isTaken, "is-taken");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Nickname candidate = candidate();
            if (!isTaken.test(candidate)) {
                return candidate;
            }
        }
        throw new NicknamesExhausted(MAX_ATTEMPTS);
    }

    private Nickname candidate() {
        String adjective = ADJECTIVES.get(random.nextInt(ADJECTIVES.size()));
        String animal = ANIMALS.get(random.nextInt(ANIMALS.size()));
        return new Nickname(String.format(Locale.ROOT, "%s-%s-%04d", adjective, animal, random.nextInt(NUMBERS)));
    }
}
