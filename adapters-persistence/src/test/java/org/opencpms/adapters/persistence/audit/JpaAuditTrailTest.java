package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.ChainVerification.Breach;
import org.opencpms.domain.audit.ChainVerification.Tampering;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.audit.TrailHead;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * The audit trail contract on a database, plus what only the database trail does: the hash chain,
 * transactions, and catching whoever tampers with the table through plain SQL.
 */
@OnEveryEngine
class JpaAuditTrailTest extends AuditTrailContract {

    private final JpaTestDatabase database;
    private final JpaAuditTrail trail;
    private final AuditTables tables;

    JpaAuditTrailTest(JpaTestDatabase database) {
        this.database = database;
        trail = new JpaAuditTrail(database.entityManager());
        tables = new AuditTables(database.dataSource());
    }

    @BeforeEach
    void startEmpty() {
        tables.empty();
    }

    @Override
    protected AuditTrail auditTrail() {
        return trail;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }

    private ChainVerification verify() {
        return inTransaction(() -> trail.verify());
    }

    private void appendFive() {
        IntStream.rangeClosed(1, 5).forEach(n -> inTransaction(() -> trail.record(entry(n, PatientId.random()))));
    }

    private static AuditRecord renumbered(AuditRecord r, long seq) {
        var moved = new AuditRecord(0, seq, r.at(), r.actor(), r.action(), r.resourceType(), r.resourceId(), r.patient(), r.origin(),
                r.purpose(), r.previousHash(), null);
        return moved.withHash(moved.computedHash());
    }

    private static Breach breach(ChainVerification verification) {
        assertThat(verification.intact()).isFalse();
        return verification.firstBreach().orElseThrow();
    }

    @Test
    void an_empty_trail_is_intact() {
        assertThat(verify()).isEqualTo(ChainVerification.intact(TrailHead.EMPTY, 0));
    }

    @Test
    void a_trail_as_it_was_appended_is_intact() {
        appendFive();

        var verification = verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(5);
    }

    @Test
    void records_are_numbered_from_1_and_each_carries_its_predecessor_s_hash() {
        appendFive();

        var stored = tables.all();

        assertThat(stored).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored.get(0).previousHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).previousHash()).isEqualTo(stored.get(i - 1).hash());
        }
        assertThat(stored).allMatch(AuditRecord::intact);
        assertThat(tables.headSeq()).isEqualTo(5);
        assertThat(tables.headHash()).isEqualTo(stored.get(4).hash());
    }

    @Test
    void an_entry_recorded_in_a_rolled_back_transaction_leaves_neither_record_nor_head() {
        assertThatThrownBy(() -> inTransaction(() -> {
            trail.record(entry(1, null));
            throw new IllegalStateException("the use case fails");
        })).hasMessage("the use case fails");

        assertThat(tables.all()).isEmpty();
        assertThat(tables.headSeq()).isZero();
        inTransaction(() -> trail.record(entry(2, null)));
        assertThat(tables.all()).extracting(AuditRecord::seq).containsExactly(1L);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void entries_recorded_together_are_chained_one_after_the_other_and_the_head_moves_past_the_last() {
        appendFive();

        inTransaction(() -> trail.recordAll(List.of(entry(6, null), entry(7, null), entry(8, null))));

        var stored = tables.all();
        assertThat(stored).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(stored.get(6).previousHash()).isEqualTo(stored.get(5).hash());
        assertThat(tables.headSeq()).isEqualTo(8);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void the_transactions_pending_writes_are_written_before_the_head_is_locked() {
        appendFive();
        var pending = renumbered(tables.all().get(4), 100);

        long pendingSeenByTheDatabase = inTransaction(() -> {
            database.entityManager().persist(new AuditEntryEntity(pending));
            trail.record(entry(6, null));
            return ((Number) database.entityManager().createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE seq = 100")
                    .setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult()).longValue();
        });

        assertThat(pendingSeenByTheDatabase).isEqualTo(1);
        assertThat(tables.headSeq()).isEqualTo(6);
    }

    @Test
    void a_pending_write_beaten_by_another_transaction_is_a_concurrent_update_of_the_audited_resource() {
        appendFive();
        var taken = tables.all().get(0);
        var entry = new AuditEntry(T0, UserId.random(), AuditAction.UPDATE, "AccessRequest", "r-1", null,
                "10.0.0.1", "decision");

        assertThatThrownBy(() -> inTransaction(() -> {
            database.entityManager().persist(new AuditEntryEntity(taken));
            trail.record(entry);
            return null;
        })).isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.concurrent-update");

        assertThat(tables.all()).hasSize(5);
        assertThat(tables.headSeq()).isEqualTo(5);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void concurrent_writers_leave_unbroken_chains_each_numbered_from_1_without_gaps() throws Exception {
        int writers = 4;
        int each = 25;
        var pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                tasks.add(() -> {
                    IntStream.range(0, each).forEach(n -> inTransaction(() -> trail.record(entry(n, null))));
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        var byChain = tables.everyChain().stream().collect(Collectors.groupingBy(AuditRecord::chain));
        assertThat(byChain.keySet()).allSatisfy(chain -> assertThat(chain).isBetween(0, AuditChains.DEFAULT - 1));
        byChain.forEach((chain, records) -> assertThat(records).extracting(AuditRecord::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, records.size()).boxed().toList()));
        var verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(writers * each);
        assertThat(verification.upTo().records()).isEqualTo(writers * each);
    }

    @Test
    void two_transactions_append_to_different_chains_without_waiting_for_each_other() throws Exception {
        try (var first = new HeldAppend(this::inTransaction, () -> trail.record(entry(1, null)))) {
            first.appended();

            var second = CompletableFuture.runAsync(() -> inTransaction(() -> trail.record(entry(2, null))));

            second.get(20, TimeUnit.SECONDS);
        }
        assertThat(tables.everyChain()).extracting(AuditRecord::chain, AuditRecord::seq)
                .containsExactlyInAnyOrder(tuple(0, 1L), tuple(1, 1L));
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_transaction_appends_to_the_chain_it_holds_even_when_a_lower_one_came_free_meanwhile() throws Exception {
        var first = new HeldAppend(this::inTransaction, () -> trail.record(entry(1, null)));
        first.appended();

        inTransaction(() -> {
            trail.record(entry(2, null));
            first.close();
            trail.record(entry(3, null));
        });

        assertThat(tables.everyChain()).extracting(AuditRecord::chain, AuditRecord::seq)
                .containsExactlyInAnyOrder(tuple(0, 1L), tuple(1, 1L), tuple(1, 2L));
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_record_altered_in_another_chain_than_0_is_reported_at_its_chain_and_number() {
        appendFive();
        var chain1 = appendedToChain1(3);

        tables.execute("UPDATE audit_entry SET purpose = 'nothing to see here' WHERE chain = 1 AND seq = 2");

        var verification = verify();
        assertThat(breach(verification)).isEqualTo(new Breach(1, 2, Tampering.ALTERED, "record 2 no longer matches its hash"));
        assertThat(verification.recordsChecked()).isEqualTo(5 + 1);
        assertThat(chain1).hasSize(3);
    }

    @Test
    void a_record_moved_to_another_chain_is_reported_where_it_went_missing() {
        appendFive();
        appendedToChain1(3);

        tables.execute("UPDATE audit_entry SET chain = 1, seq = 4 WHERE chain = 0 AND seq = 5");
        tables.setHead(0, 4, tables.get(4).hash());

        assertThat(breach(verify())).extracting(Breach::chain, Breach::sequence, Breach::tampering)
                .containsExactly(1, 4L, Tampering.INSERTED);
    }

    @Test
    void deleting_the_last_record_of_another_chain_is_caught_by_its_head() {
        appendFive();
        appendedToChain1(3);

        tables.execute("DELETE FROM audit_entry WHERE chain = 1 AND seq = 3");

        assertThat(breach(verify())).isEqualTo(new Breach(1, 3, Tampering.DELETED,
                "the trail ends at record 2 but records were appended up to 3"));
    }

    /** Records appended to chain 1 as an append would (chain 0 being held meanwhile), its head moved on. */
    private List<AuditRecord> appendedToChain1(int count) {
        var records = new ArrayList<AuditRecord>();
        String previous = AuditRecord.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            var record = AuditRecord.append(1, seq, entry(100 + seq, null), previous);
            tables.insert(record);
            records.add(record);
            previous = record.hash();
        }
        tables.setHead(1, count, previous);
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "occurred_at = occurred_at + INTERVAL '1' SECOND",
        "actor_id = NULL",
        "actor_id = '00000000-0000-0000-0000-0000000000ff'",
        "action = 'DELETE'",
        "resource_type = 'Patient'",
        "resource_id = 'another'",
        "patient_id = NULL",
        "origin = '192.168.1.1'",
        "purpose = 'nothing to see here'",
        "previous_hash = '" + "1111111111111111111111111111111111111111111111111111111111111111" + "'"
    })
    void altering_any_field_of_a_record_is_reported_as_altered_at_that_record(String change) {
        appendFive();

        tables.execute("UPDATE audit_entry SET " + change + " WHERE seq = 3");

        var verification = verify();
        assertThat(breach(verification)).extracting(Breach::sequence, Breach::tampering).containsExactly(3L, Tampering.ALTERED);
        assertThat(breach(verification).reason()).isEqualTo("record 3 no longer matches its hash");
        assertThat(verification.recordsChecked()).isEqualTo(2);
    }

    @Test
    void deleting_a_record_is_reported_as_deleted_at_its_number() {
        appendFive();

        tables.execute("DELETE FROM audit_entry WHERE seq = 3");

        var verification = verify();
        assertThat(breach(verification)).isEqualTo(new Breach(0, 3, Tampering.DELETED,
                "record 3 is missing: the trail jumps from 2 to 4"));
        assertThat(verification.recordsChecked()).isEqualTo(2);
    }

    @Test
    void deleting_the_first_record_is_reported_as_deleted_at_1() {
        appendFive();

        tables.execute("DELETE FROM audit_entry WHERE seq = 1");

        assertThat(breach(verify())).extracting(Breach::sequence, Breach::tampering).containsExactly(1L, Tampering.DELETED);
    }

    @Test
    void deleting_the_last_records_is_caught_by_the_head() {
        appendFive();

        tables.execute("DELETE FROM audit_entry WHERE seq >= 4");

        var verification = verify();
        assertThat(breach(verification)).isEqualTo(new Breach(0, 4, Tampering.DELETED,
                "the trail ends at record 3 but records were appended up to 5"));
        assertThat(verification.recordsChecked()).isEqualTo(3);
    }

    @Test
    void deleting_a_record_and_renumbering_and_rehashing_the_later_ones_is_reported_as_deleted() {
        appendFive();
        var fourth = tables.get(4);
        var fifth = tables.get(5);

        tables.execute("DELETE FROM audit_entry WHERE seq >= 3");
        tables.insert(renumbered(fourth, 3));
        var newLast = renumbered(fifth, 4);
        tables.insert(newLast);
        tables.setHead(4, newLast.hash());

        assertThat(breach(verify())).extracting(Breach::sequence, Breach::tampering).containsExactly(3L, Tampering.DELETED);
    }

    @Test
    void a_forged_record_added_after_the_last_one_is_reported_as_inserted() {
        appendFive();
        var last = tables.get(5);

        tables.insert(AuditRecord.append(0, 6, entry(6, null), last.hash()));

        var verification = verify();
        assertThat(breach(verification)).isEqualTo(new Breach(0, 6, Tampering.INSERTED,
                "record 6 lies beyond the last appended record 5"));
        assertThat(verification.recordsChecked()).isEqualTo(5);
    }

    @Test
    void a_forged_record_far_beyond_the_last_one_is_reported_as_inserted() {
        appendFive();

        tables.insert(AuditRecord.append(0, 1_000, entry(6, null), "2".repeat(64)));

        assertThat(breach(verify())).extracting(Breach::sequence, Breach::tampering).containsExactly(1_000L, Tampering.INSERTED);
    }

    @Test
    void a_forged_record_numbered_before_the_first_is_reported_as_inserted() {
        appendFive();

        tables.insert(AuditRecord.append(0, 0, entry(0, null), AuditRecord.GENESIS));

        var verification = verify();
        assertThat(breach(verification)).isEqualTo(new Breach(0, 0, Tampering.INSERTED,
                "record 0 is out of place: the next record should be 1"));
        assertThat(verification.recordsChecked()).isZero();
    }

    @Test
    void a_forged_record_spliced_between_two_records_is_reported_as_inserted() {
        appendFive();
        var moved = new ArrayList<AuditRecord>();
        for (long seq = 5; seq >= 3; seq--) {
            var record = tables.get(seq);
            tables.execute("DELETE FROM audit_entry WHERE seq = " + seq);
            var renumbered = renumbered(record, seq + 1);
            tables.insert(renumbered);
            moved.add(renumbered);
        }
        tables.insert(AuditRecord.append(0, 3, entry(99, null), tables.get(2).hash()));
        tables.setHead(6, moved.get(0).hash());

        var verification = verify();
        assertThat(breach(verification)).isEqualTo(new Breach(0, 3, Tampering.INSERTED,
                "record 3 was put between records 2 and 4, which was appended right after 2"));
        assertThat(verification.recordsChecked()).isEqualTo(3);
    }

    @Test
    void a_record_rewritten_with_a_fresh_hash_is_caught_at_its_successor() {
        appendFive();
        var third = tables.get(3);
        var rewritten = new AuditRecord(0, 3, third.at(), third.actor(), third.action(), third.resourceType(), third.resourceId(),
                third.patient(), third.origin(), "a better purpose", third.previousHash(), null);

        tables.replace(rewritten.withHash(rewritten.computedHash()));

        assertThat(breach(verify())).isEqualTo(new Breach(0, 4, Tampering.DELETED,
                "record 4 was appended after a record that is no longer in the trail"
                        + " (record 3 was replaced, or records before 4 were removed)"));
    }

    @Test
    void the_last_record_rewritten_with_a_fresh_hash_is_caught_by_the_head() {
        appendFive();
        var last = tables.get(5);
        var rewritten = new AuditRecord(0, 5, last.at(), null, last.action(), last.resourceType(), last.resourceId(),
                last.patient(), last.origin(), last.purpose(), last.previousHash(), null);

        tables.replace(rewritten.withHash(rewritten.computedHash()));

        assertThat(breach(verify())).isEqualTo(new Breach(0, 5, Tampering.ALTERED,
                "record 5 is not the last record that was appended"));
    }

    @Test
    void a_trail_longer_than_one_verification_batch_is_checked_to_its_end() {
        inTransaction(() -> IntStream.rangeClosed(1, 2_100).forEach(n -> trail.record(entry(n, null))));
        assertThat(verify()).isEqualTo(ChainVerification.intact(TrailHead.single(new ChainHead(2_100, tables.headHash())), 2_100));

        tables.execute("UPDATE audit_entry SET resource_id = 'x' WHERE seq = 2050");

        var verification = verify();
        assertThat(breach(verification)).extracting(Breach::sequence, Breach::tampering).containsExactly(2_050L, Tampering.ALTERED);
        assertThat(verification.recordsChecked()).isEqualTo(2_049);
    }
}
