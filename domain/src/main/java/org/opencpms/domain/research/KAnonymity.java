package org.opencpms.domain.research;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencpms.domain.shared.InvalidValue;

/**
 * k-anonymity of a research release: every combination of {@linkplain ResearchRecord#quasiIdentifiers
 * quasi-identifiers} released is shared by at least {@code k} records, so that nobody who knows a patient's age,
 * sex, country, ERNs and codes can tell which record is theirs among fewer than k. The deployment chooses k (5 by
 * default, at least 2).
 *
 * <p>How ({@link #release}): every record starts as recorded; while a record is in a group of fewer than k, it climbs
 * one step of the {@link Generalisation} ladder (only the records of too small groups do: the others keep their
 * precision); a record still in a group of fewer than k at the top is suppressed. Each round widens at least one
 * record, so it ends after at most {@value Generalisation#MOST} rounds per record.
 */
public record KAnonymity(int k) {

    public static final int DEFAULT_K = 5;

    public KAnonymity {
        if (k < 2) {
            throw new InvalidValue("k-anonymity", "k is at least 2, not " + k);
        }
    }

    /** The records released, how many of them were generalised, and how many records were suppressed. */
    public record Release(List<ResearchRecord> records, int generalised, int suppressed) {
        public Release {
            records = List.copyOf(records);
        }
    }

    /** Releases the records (each as recorded, step 0) k-anonymously. */
    public Release release(List<ResearchRecord> recorded) {
        int[] steps = new int[recorded.size()];
        var current = new ArrayList<>(recorded);
        boolean widened = true;
        while (widened) {
            widened = false;
            var sizes = groupSizes(current);
            for (int i = 0; i < current.size(); i++) {
                if (sizes.get(current.get(i).quasiIdentifiers()) < k && steps[i] < Generalisation.MOST) {
                    steps[i]++;
                    current.set(i, Generalisation.of(recorded.get(i), steps[i]));
                    widened = true;
                }
            }
        }
        var sizes = groupSizes(current);
        var released = current.stream().filter(r -> sizes.get(r.quasiIdentifiers()) >= k).toList();
        int generalised = (int) released.stream().filter(r -> r.generalisation() > 0).count();
        return new Release(released, generalised, recorded.size() - released.size());
    }

    private static Map<ResearchRecord.QuasiIdentifiers, Integer> groupSizes(List<ResearchRecord> records) {
        var sizes = new HashMap<ResearchRecord.QuasiIdentifiers, Integer>();
        records.forEach(r -> sizes.merge(r.quasiIdentifiers(), 1, Integer::sum));
        return sizes;
    }
}
