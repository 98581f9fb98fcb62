package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.ChainVerification.Breach;
import org.opencpms.domain.audit.ChainVerification.Tampering;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.TrailHead;
import org.opencpms.domain.shared.UserId;

/**
 * What the chain alone cannot show: someone with write access to the database rewrites the whole chain — every
 * record and the head, consistent in itself — or cuts it back. A head kept outside the database catches both.
 */
@OnEveryEngine
class AnchoredVerificationTest {

    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");

    private final JpaTestDatabase database;
    private final JpaAuditTrail trail;
    private final AuditTables tables;

    AnchoredVerificationTest(JpaTestDatabase database) {
        this.database = database;
        trail = new JpaAuditTrail(database.entityManager());
        tables = new AuditTables(database.dataSource());
    }

    @BeforeEach
    void startEmpty() {
        tables.empty();
    }

    private void append(int from, int to) {
        IntStream.rangeClosed(from, to).forEach(n -> database.inTransaction(() -> trail.record(
                new AuditEntry(T0.plusSeconds(n), UserId.random(), AuditAction.READ, "Panel", "panel-" + n, null, "10.0.0.1", "care"))));
    }

    private ChainVerification verify(Checkpoint anchor) {
        return database.inTransaction(() -> trail.verify(Optional.of(anchor), (checked, of) -> { }));
    }

    private Checkpoint checkpointNow() {
        return new Checkpoint(database.inTransaction(() -> trail.head()), T0.plusSeconds(3600));
    }

    /** Every record from {@code from} on replaced by one with another purpose, rehashed and relinked; the head too. */
    private void rewriteFrom(long from) {
        var rewritten = new ArrayList<AuditRecord>();
        String previous = AuditRecord.GENESIS;
        for (AuditRecord r : tables.all()) {
            if (r.seq() < from) {
                previous = r.hash();
                continue;
            }
            var forged = new AuditRecord(0, r.seq(), r.at(), r.actor(), r.action(), r.resourceType(), r.resourceId(), r.patient(),
                    r.origin(), "nothing to see here", previous, null);
            forged = forged.withHash(forged.computedHash());
            rewritten.add(forged);
            previous = forged.hash();
        }
        rewritten.forEach(tables::replace);
        tables.setHead(rewritten.get(rewritten.size() - 1).seq(), previous);
    }

    @Test
    void a_chain_that_still_leads_to_the_checkpointed_head_is_intact_also_after_it_grew() {
        append(1, 5);
        var checkpoint = checkpointNow();
        append(6, 8);

        var verification = verify(checkpoint);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(8);
        assertThat(verification.upTo()).isEqualTo(TrailHead.single(new ChainHead(8, tables.headHash())));
    }

    @Test
    void rewriting_the_whole_chain_and_its_head_passes_the_chain_check_but_not_the_checkpoint() {
        append(1, 5);
        var checkpoint = checkpointNow();
        append(6, 8);

        rewriteFrom(1);

        assertThat(database.inTransaction(() -> trail.verify()).intact()).as("the chain alone").isTrue();
        assertThat(verify(checkpoint).firstBreach()).get().extracting(Breach::sequence, Breach::tampering)
                .containsExactly(5L, Tampering.REWRITTEN);
    }

    @Test
    void rewriting_the_chain_from_a_record_before_the_checkpoint_is_caught_at_the_checkpointed_record() {
        append(1, 6);
        var checkpoint = checkpointNow();

        rewriteFrom(3);

        assertThat(verify(checkpoint).firstBreach()).get().extracting(Breach::sequence, Breach::tampering)
                .containsExactly(6L, Tampering.REWRITTEN);
    }

    @Test
    void cutting_the_chain_back_below_the_checkpoint_is_reported_as_deleted() {
        append(1, 6);
        var checkpoint = checkpointNow();
        var third = tables.get(3);

        tables.execute("DELETE FROM audit_entry WHERE seq > 3");
        tables.setHead(3, third.hash());

        var breach = verify(checkpoint).firstBreach().orElseThrow();
        assertThat(breach.tampering()).isEqualTo(Tampering.DELETED);
        assertThat(breach.reason()).contains("record 6 was checkpointed");
    }

    @Test
    void a_checkpoint_anchors_every_chain_so_rewriting_another_chain_than_0_is_caught_there() {
        append(1, 3);
        var chain1 = new ArrayList<AuditRecord>();
        String previous = AuditRecord.GENESIS;
        for (int seq = 1; seq <= 2; seq++) {
            var record = AuditRecord.append(1, seq, new AuditEntry(T0.plusSeconds(10 + seq), null, AuditAction.READ, "Panel",
                    "p" + seq, null, "x", "care"), previous);
            tables.insert(record);
            chain1.add(record);
            previous = record.hash();
        }
        tables.setHead(1, 2, previous);
        var checkpoint = checkpointNow();
        assertThat(checkpoint.head().chains().keySet()).containsExactly(0, 1);

        var first = chain1.get(0);
        var forged = new AuditRecord(1, 1, first.at(), first.actor(), first.action(), first.resourceType(),
                first.resourceId(), first.patient(), first.origin(), "nothing to see here", AuditRecord.GENESIS, null);
        forged = forged.withHash(forged.computedHash());
        var second = chain1.get(1);
        var relinked = new AuditRecord(1, 2, second.at(), second.actor(), second.action(), second.resourceType(),
                second.resourceId(), second.patient(), second.origin(), second.purpose(), forged.hash(), null);
        relinked = relinked.withHash(relinked.computedHash());
        tables.replace(forged);
        tables.replace(relinked);
        tables.setHead(1, 2, relinked.hash());

        assertThat(database.inTransaction(() -> trail.verify()).intact()).as("the chains alone").isTrue();
        assertThat(verify(checkpoint).firstBreach()).get().extracting(Breach::chain, Breach::sequence, Breach::tampering)
                .containsExactly(1, 2L, Tampering.REWRITTEN);
    }

    @Test
    void progress_is_told_after_every_thousand_records_up_to_the_head() {
        database.inTransaction(() -> IntStream.rangeClosed(1, 2_500).forEach(n -> trail.record(
                new AuditEntry(T0.plusSeconds(n), null, AuditAction.READ, "Panel", "p" + n, null, "x", "care"))));
        var told = new ArrayList<List<Long>>();

        database.inTransaction(() -> trail.verify(Optional.empty(), (checked, of) -> told.add(List.of(checked, of))));

        assertThat(told).containsExactly(List.of(1_000L, 2_500L), List.of(2_000L, 2_500L), List.of(2_500L, 2_500L));
    }
}
