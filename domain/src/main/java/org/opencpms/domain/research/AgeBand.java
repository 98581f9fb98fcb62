package org.opencpms.domain.research;

import org.opencpms.domain.shared.InvalidValue;

/**
 * An age band: five years wide as recorded ({@code 10-14}; 90 and over form one band, {@code 90+}), or wider once
 * generalised ({@link #widened}): ten years ({@code 10-19}, {@code 90+}), twenty ({@code 0-19}, {@code 80+}), and
 * at last any age ({@code any}).
 */
public record AgeBand(int from, int to) {

    private static final int WIDTH = 5;
    private static final int OPEN_ENDED_FROM = 90;
    private static final int OPEN = Integer.MAX_VALUE;
    private static final AgeBand ANY = new AgeBand(0, OPEN);

    public AgeBand {
        boolean openEnded = to == OPEN && (from == OPEN_ENDED_FROM || from == 80 || from == 0);
        boolean aligned = (to - from + 1 == 5 || to - from + 1 == 10 || to - from + 1 == 20)
                && from % (to - from + 1) == 0 && to < OPEN_ENDED_FROM;
        if (from < 0 || !openEnded && !aligned) {
            throw new InvalidValue("age-band", "not an age band: " + from + "-" + to);
        }
    }

    public static AgeBand of(int ageInYears) {
        if (ageInYears < 0) {
            throw new InvalidValue("age-band", "an age is not negative");
        }
        if (ageInYears >= OPEN_ENDED_FROM) {
            return new AgeBand(OPEN_ENDED_FROM, OPEN);
        }
        int from = ageInYears / WIDTH * WIDTH;
        return new AgeBand(from, from + WIDTH - 1);
    }

    /**
     * This five-year band widened by {@code steps}: none, itself; one, ten years ({@code 10-19}; {@code 90+} stays);
     * two, twenty years ({@code 0-19}; 80 and over form {@code 80+}); three or more, any age.
     */
    public AgeBand widened(int steps) {
        if (to != OPEN && to - from + 1 != WIDTH) {
            throw new InvalidValue("age-band", "only a five-year band is widened: " + this);
        }
        return switch (Math.max(steps, 0)) {
            case 0 -> this;
            case 1 -> to == OPEN ? this : new AgeBand(from / 10 * 10, from / 10 * 10 + 9);
            case 2 -> from >= 80 ? new AgeBand(80, OPEN) : new AgeBand(from / 20 * 20, from / 20 * 20 + 19);
            default -> ANY;
        };
    }

    @Override
    public String toString() {
        if (equals(ANY)) {
            return "any";
        }
        return to == OPEN ? from + "+" : from + "-" + to;
    }
}
