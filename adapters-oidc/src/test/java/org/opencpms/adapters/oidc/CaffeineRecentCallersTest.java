package org.opencpms.adapters.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencpms.application.user.SignedIn;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;

class CaffeineRecentCallersTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Subject HP = new Subject("https://idp.example.eu", "hp.berlin");
    private static final UserId HP_ID = new UserId(UUID.randomUUID());
    private static final RoleGrant HP_GRANT = RoleGrant.healthProfessional(Ern.ERKNET, new ProviderId(UUID.randomUUID()));

    private final TestTime time = new TestTime(Instant.parse("2026-12-07T13:00:00Z"));
    private final CaffeineRecentCallers callers = new CaffeineRecentCallers(MAX_AGE, time);
    /** The accounts as stored: what identifying a caller afresh reads. */
    private final Map<Subject, SignedIn> stored = new HashMap<>(Map.of(HP, new SignedIn(HP_ID, Set.of(HP_GRANT))));
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<SignedIn> identify(Subject subject) {
        return callers.identify(subject, s -> {
            reads.incrementAndGet();
            return Optional.ofNullable(stored.get(s));
        });
    }

    private void withdrawTheGrant() {
        stored.put(HP, new SignedIn(HP_ID, Set.of()));
    }

    @Test
    void a_caller_is_read_once_within_the_maximum_age() {
        identify(HP);
        time.pass(MAX_AGE.minusMillis(1));

        assertThat(identify(HP)).map(SignedIn::grants).contains(Set.of(HP_GRANT));
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_grant_withdrawn_on_this_node_is_refused_at_the_next_request() {
        identify(HP);
        withdrawTheGrant();

        callers.forget(HP);

        assertThat(identify(HP)).map(SignedIn::grants).contains(Set.of());
    }

    @Test
    void a_grant_withdrawn_on_another_node_is_refused_once_the_maximum_age_has_passed() {
        identify(HP);
        withdrawTheGrant();
        time.pass(MAX_AGE.minusMillis(1));
        assertThat(identify(HP)).map(SignedIn::grants).contains(Set.of(HP_GRANT));

        time.pass(Duration.ofMillis(1));

        assertThat(identify(HP)).map(SignedIn::grants).contains(Set.of());
    }

    @Test
    void a_subject_nobody_registered_with_is_never_remembered() {
        var newcomer = new Subject("https://idp.example.eu", "newcomer");
        assertThat(identify(newcomer)).isEmpty();

        stored.put(newcomer, new SignedIn(new UserId(UUID.randomUUID()), Set.of()));

        assertThat(identify(newcomer)).isPresent();
    }

    @Test
    void a_maximum_age_of_zero_remembers_nothing() {
        var uncached = new CaffeineRecentCallers(Duration.ZERO, time);
        uncached.identify(HP, s -> Optional.ofNullable(stored.get(s)));
        withdrawTheGrant();

        assertThat(uncached.identify(HP, s -> Optional.ofNullable(stored.get(s)))).map(SignedIn::grants)
                .contains(Set.of());
        assertThat(uncached.size()).isZero();
    }

    @Test
    void at_most_the_bound_of_callers_is_remembered() {
        for (int i = 0; i < CaffeineRecentCallers.MAX_ENTRIES + 50; i++) {
            var subject = new Subject("https://idp.example.eu", "user-" + i);
            callers.identify(subject, s -> Optional.of(new SignedIn(new UserId(UUID.randomUUID()), Set.of())));
        }

        assertThat(callers.size()).isEqualTo(CaffeineRecentCallers.MAX_ENTRIES);
    }

    @Test
    void a_caller_read_while_their_change_commits_is_forgotten_with_the_change() throws Exception {
        var reading = new CountDownLatch(1);
        var readDone = new CountDownLatch(1);
        var before = new SignedIn(HP_ID, Set.of(HP_GRANT));
        var slowRead = CompletableFuture.runAsync(() -> callers.identify(HP, s -> {
            reading.countDown();
            await(readDone);
            return Optional.of(before);
        }));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        withdrawTheGrant();
        var forgetting = CompletableFuture.runAsync(() -> callers.forget(HP));
        Thread.sleep(100);

        readDone.countDown();
        slowRead.get(5, TimeUnit.SECONDS);
        forgetting.get(5, TimeUnit.SECONDS);

        assertThat(identify(HP)).map(SignedIn::grants).contains(Set.of());
    }

    @Test
    void callers_are_not_remembered_unless_an_age_is_configured_and_it_is_never_negative() {
        assertThat(CaffeineRecentCallers.maxAge(Optional.empty())).isZero();
        assertThat(CaffeineRecentCallers.maxAge(Optional.of(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(CaffeineRecentCallers.maxAge(Optional.of(0))).isZero();
        assertThatThrownBy(() -> CaffeineRecentCallers.maxAge(Optional.of(-1)))
                .hasMessageContaining(CaffeineRecentCallers.MAX_AGE_SETTING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
