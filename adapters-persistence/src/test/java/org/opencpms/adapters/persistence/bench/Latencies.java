package org.opencpms.adapters.persistence.bench;

import java.util.Arrays;

/** Wall-clock durations of one measured operation, in nanoseconds, and their percentiles. */
final class Latencies {

    private final String name;
    private final long[] samples;
    private int count;

    Latencies(String name, int capacity) {
        this.name = name;
        this.samples = new long[capacity];
    }

    String name() {
        return name;
    }

    void add(long nanos) {
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double maxMillis() {
        return Arrays.stream(samples, 0, count).max().orElse(0) / 1_000_000.0;
    }
}
