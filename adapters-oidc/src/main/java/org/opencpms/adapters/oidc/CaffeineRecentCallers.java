package org.opencpms.adapters.oidc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opencpms.application.user.RecentCallers;
import org.opencpms.application.user.SignedIn;
import org.opencpms.domain.user.Subject;

/**
 * The {@link RecentCallers} of this node in a Caffeine cache: at most {@value #MAX_ENTRIES} subjects, each for the
 * maximum age of configuration {@value #MAX_AGE_SETTING} (seconds, default {@value #DEFAULT_SECONDS}; 0 remembers
 * nothing) after it was identified. A caller is identified inside the cache's atomic computation of that subject, and
 * forgetting a subject waits for a computation in progress, so a caller identified while their change commits is
 * forgotten with it. Maintenance runs on the calling threads: no thread of its own.
 */
@ApplicationScoped
public class CaffeineRecentCallers implements RecentCallers {

    public static final String MAX_AGE_SETTING = "opencpms.auth.caller-cache-seconds";
    static final int DEFAULT_SECONDS = 0;
    static final int MAX_ENTRIES = 10_000;

    private final Cache<Subject, SignedIn> callers;

    /** For CDI: the maximum age from configuration. */
    public CaffeineRecentCallers() {
        this(ConfigProvider.getConfig());
    }

    CaffeineRecentCallers(Config config) {
        this(maxAge(config.getOptionalValue(MAX_AGE_SETTING, Integer.class)), Ticker.systemTicker());
    }

    CaffeineRecentCallers(Duration maxAge, Ticker ticker) {
        this.callers = maxAge.isZero() ? null : Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(maxAge).ticker(ticker).executor(Runnable::run).build();
    }

    /** @throws IllegalStateException for a negative number of seconds, which fails the deployment */
    static Duration maxAge(Optional<Integer> configured) {
        int seconds = configured.orElse(DEFAULT_SECONDS);
        if (seconds < 0) {
            throw new IllegalStateException(MAX_AGE_SETTING + " must be 0 (off) or a number of seconds, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    @Override
    public Optional<SignedIn> identify(Subject subject, Function<Subject, Optional<SignedIn>> identifyNow) {
        if (callers == null) {
            return identifyNow.apply(subject);
        }
        return Optional.ofNullable(callers.get(subject, s -> identifyNow.apply(s).orElse(null)));
    }

    @Override
    public void forget(Subject subject) {
        if (callers != null) {
            callers.invalidate(subject);
        }
    }

    /** How many subjects are remembered now (after pending maintenance), for tests. */
    long size() {
        if (callers == null) {
            return 0;
        }
        callers.cleanUp();
        return callers.estimatedSize();
    }
}
