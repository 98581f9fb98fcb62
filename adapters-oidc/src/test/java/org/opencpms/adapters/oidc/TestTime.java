package org.opencpms.adapters.oidc;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** Time that moves only when a test says so, as the caches' ticker and wall clock alike. */
final class TestTime extends Clock implements Ticker {

    private final Instant start;
    private final AtomicLong elapsed = new AtomicLong();

    TestTime(Instant start) {
        this.start = start;
    }

    void pass(Duration duration) {
        elapsed.addAndGet(duration.toNanos());
    }

    @Override
    public long read() {
        return elapsed.get();
    }

    @Override
    public Instant instant() {
        return start.plusNanos(elapsed.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
