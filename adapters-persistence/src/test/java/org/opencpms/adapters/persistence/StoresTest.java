package org.opencpms.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;

class StoresTest {

    private static final Conflict DUPLICATE = new Conflict("thing.duplicate", "a thing like it exists");

    /** An entity manager whose flush throws the given failure (or succeeds when it is null) and counts its calls. */
    private static EntityManager flushing(RuntimeException failure, AtomicInteger flushes) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("flush")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    flushes.incrementAndGet();
                    if (failure != null) {
                        throw failure;
                    }
                    return null;
                });
    }

    private static EntityManager flushing(RuntimeException failure) {
        return flushing(failure, new AtomicInteger());
    }

    private static SQLException sql(String state) {
        return new SQLException("failed", state);
    }

    @Test
    void a_successful_flush_flushes_once_and_throws_nothing() {
        var flushes = new AtomicInteger();
        assertThatCode(() -> Stores.flush(flushing(null, flushes), "thing", "t1", () -> DUPLICATE)).doesNotThrowAnyException();
        assertThatCode(() -> Stores.flush(flushing(null, flushes), "thing", "t1")).doesNotThrowAnyException();
        assertThat(flushes).hasValue(2);
    }

    @Test
    void an_optimistic_lock_failure_becomes_a_concurrent_update_of_the_aggregate() {
        var failure = new PersistenceException(new OptimisticLockException("stale"));
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1", () -> DUPLICATE))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("thing.concurrent-update");
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1"))
                .isInstanceOf(ConcurrentUpdate.class)
                .hasMessageContaining("thing t1");
    }

    @Test
    void an_optimistic_lock_failure_thrown_directly_becomes_a_concurrent_update() {
        assertThatThrownBy(() -> Stores.flush(flushing(new OptimisticLockException("stale")), "thing", "t1"))
                .isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void eclipselinks_own_optimistic_lock_failure_becomes_a_concurrent_update() {
        var failure = new RollbackException(
                org.eclipse.persistence.exceptions.OptimisticLockException.batchStatementExecutionFailure());
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1"))
                .isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void a_unique_violation_deep_in_the_cause_chain_becomes_the_callers_exception() {
        var failure = new PersistenceException(new IllegalStateException(sql(Stores.UNIQUE_VIOLATION)));
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1", () -> DUPLICATE)).isSameAs(DUPLICATE);
    }

    @Test
    void a_unique_violation_reported_as_the_next_exception_of_a_batch_becomes_the_callers_exception() {
        var batch = new BatchUpdateException("batch failed", "25P02", new int[0]);
        batch.setNextException(sql(Stores.UNIQUE_VIOLATION));
        var failure = new PersistenceException(batch);
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1", () -> DUPLICATE)).isSameAs(DUPLICATE);
    }

    @Test
    void another_sql_failure_is_rethrown_as_it_is() {
        var failure = new PersistenceException(sql("23503"));
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1", () -> DUPLICATE)).isSameAs(failure);
    }

    @Test
    void a_failure_without_any_sql_cause_is_rethrown_as_it_is() {
        var failure = new IllegalStateException("boom");
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1", () -> DUPLICATE)).isSameAs(failure);
    }

    @Test
    void a_unique_violation_the_caller_names_no_exception_for_is_a_concurrent_insert() {
        var failure = new PersistenceException(sql(Stores.UNIQUE_VIOLATION));
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1"))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("thing.concurrent-update");
    }

    @Test
    void a_unique_violation_of_a_named_constraint_becomes_that_constraints_exception_whatever_the_case() {
        var h2Style = new PersistenceException(new SQLException(
                "Unique index or primary key violation: \"PUBLIC.UQ_THING_CODE_INDEX_8 ON PUBLIC.THING(CODE)\"", "23505"));
        var other = new Conflict("thing.other", "other");
        Map<String, Supplier<? extends DomainException>> constraints = Map.of("uq_thing_code", () -> DUPLICATE, "uq_thing_name", () -> other);
        assertThatThrownBy(() -> Stores.flush(flushing(h2Style), "thing", "t1", constraints)).isSameAs(DUPLICATE);
        var postgresStyle = new PersistenceException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uq_thing_name\"", "23505"));
        assertThatThrownBy(() -> Stores.flush(flushing(postgresStyle), "thing", "t1", constraints)).isSameAs(other);
    }

    @Test
    void a_unique_violation_of_an_unnamed_constraint_is_a_concurrent_insert() {
        var failure = new PersistenceException(new SQLException("duplicate key violates \"thing_pkey\"", "23505"));
        assertThatThrownBy(() -> Stores.flush(flushing(failure), "thing", "t1", Map.of("uq_thing_code", () -> DUPLICATE)))
                .isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void a_named_constraint_is_matched_only_on_a_unique_violation() {
        var notUnique = new PersistenceException(new SQLException("violates \"uq_thing_code\"", "23503"));
        assertThat(Stores.violates(notUnique, "uq_thing_code")).isFalse();
        var withoutMessage = new PersistenceException(new SQLException(null, "23505"));
        assertThat(Stores.violates(withoutMessage, "uq_thing_code")).isFalse();
        assertThatThrownBy(() -> Stores.flush(flushing(notUnique), "thing", "t1", Map.of("uq_thing_code", () -> DUPLICATE)))
                .isSameAs(notUnique);
    }

    @Test
    void a_failure_carried_as_a_suppressed_exception_is_found_as_a_jta_commit_reports_it() {
        var commitFailure = new IllegalStateException("transaction rolled back");
        commitFailure.addSuppressed(new PersistenceException(sql(Stores.UNIQUE_VIOLATION)));
        assertThat(Stores.isUniqueViolation(commitFailure)).isTrue();
        var lockFailure = new IllegalStateException("transaction rolled back", new IllegalStateException("wrapped"));
        lockFailure.getCause().addSuppressed(new OptimisticLockException("stale"));
        assertThat(Stores.isOptimisticLockFailure(lockFailure)).isTrue();
        assertThat(Stores.isUniqueViolation(lockFailure)).isFalse();
    }

    @Test
    void a_cause_chain_with_a_cycle_is_walked_to_its_end() {
        var cyclic = new SQLException("cyclic", "08000");
        cyclic.setNextException(cyclic);
        var failure = new PersistenceException(cyclic);
        assertThat(Stores.isUniqueViolation(failure)).isFalse();
        assertThat(Stores.isOptimisticLockFailure(failure)).isFalse();
    }

    @Test
    void translate_prefers_the_concurrent_update_when_both_failures_are_in_the_chain() {
        var failure = new OptimisticLockException("stale", sql(Stores.UNIQUE_VIOLATION));
        assertThat(Stores.translate(failure, "thing", "t1", () -> DUPLICATE)).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void the_stored_version_must_be_the_domain_version_plus_one() {
        assertThatCode(() -> Stores.checkVersion("thing", "t1", 1, 0)).doesNotThrowAnyException();
        assertThatCode(() -> Stores.checkVersion("thing", "t1", 8, 7)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Stores.checkVersion("thing", "t1", 2, 0))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("thing.concurrent-update");
        assertThatThrownBy(() -> Stores.checkVersion("thing", "t1", 1, 1)).isInstanceOf(ConcurrentUpdate.class);
        assertThatThrownBy(() -> Stores.checkVersion("thing", "t1", 0, 0)).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void only_a_version_zero_aggregate_may_be_inserted() {
        assertThatCode(() -> Stores.checkNew("thing", "t1", 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Stores.checkNew("thing", "t1", 1))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("thing.concurrent-update");
    }

    @Test
    void the_domain_version_of_a_row_is_its_entity_version_minus_one() {
        assertThat(Stores.domainVersion(1)).isZero();
        assertThat(Stores.domainVersion(5)).isEqualTo(4);
    }
}
