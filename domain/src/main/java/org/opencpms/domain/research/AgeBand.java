package org.opencpms.domain.research;

import org.opencpms.domain.shared.InvalidValue;

/** A five-year age band such as {@code 10-14}; 90 and over form one band, {@code 90+}. */
public record AgeBand(int from, int to) {

    private static final int WIDTH = 5;
    private static final int OPEN_ENDED_FROM = 90;

    public AgeBand {
        boolean openEnded = from == OPEN_ENDED_FROM && to == Integer.MAX_VALUE;
        if (from < 0 || from % WIDTH != 0 || from > OPEN_ENDED_FROM || !openEnded && to != from + WIDTH - 1) {
            throw new InvalidValue("age-band", "not a five-year age band: " + from + "-" + to);
        }
    }

    public static AgeBand of(int ageInYears) {
        if (ageInYears < 0) {
            throw new InvalidValue("age-band", "an age is not negative");
        }
        if (ageInYears >= OPEN_ENDED_FROM) {
            return new AgeBand(OPEN_ENDED_FROM, Integer.MAX_VALUE);
        }
        int from = ageInYears / WIDTH * WIDTH;
        return new AgeBand(from, from + WIDTH - 1);
    }

    @Override
    public String toString() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }
}
