package org.opencpms.adapters.rest.ops;

import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram of request durations: cumulative counts per upper bound (seconds), the sum and the
 * count. Lock-free; safe for concurrent requests.
 */
final class LatencyHistogram {

    static final double[] BOUNDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(long nanos) {
        var seconds = nanos / 1e9;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment();
                break;
            }
        }
        count.increment();
        sumNanos.add(nanos);
    }

    /** Cumulative count of observations up to and including {@code BOUNDS[index]}. */
    long cumulative(int index) {
        long total = 0;
        for (int i = 0; i <= index; i++) {
            total += buckets[i].sum();
        }
        return total;
    }

    long count() {
        return count.sum();
    }

    double sumSeconds() {
        return sumNanos.sum() / 1e9;
    }
}
