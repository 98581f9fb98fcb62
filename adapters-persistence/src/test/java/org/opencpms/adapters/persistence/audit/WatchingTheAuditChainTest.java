package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.application.audit.AuditChainStatus;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.audit.InboundOrigin;
import org.opencpms.application.audit.VerifyAuditChain;
import org.opencpms.application.audit.WatchAuditChain;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.ChainVerification.Tampering;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.TrailHead;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * The scheduled watch and an auditor's verification, on a real database and a real checkpoint file: the watch anchors
 * only heads it found intact, so that a later rewrite of the whole chain is caught; an auditor sees the same answer.
 */
@OnEveryEngine
class WatchingTheAuditChainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final JpaTestDatabase database;
    private final JpaAuditTrail trail;
    private final AuditTables tables;
    private final AuditChainStatus status = new AuditChainStatus();
    private FileCheckpointLog checkpoints;
    private WatchAuditChain watch;

    WatchingTheAuditChainTest(JpaTestDatabase database) {
        this.database = database;
        trail = new JpaAuditTrail(database.entityManager());
        tables = new AuditTables(database.dataSource());
    }

    @BeforeEach
    void startEmpty() {
        tables.empty();
        checkpoints = FileCheckpointLog.at(dir.resolve("checkpoints.jsonl"), dir.resolve("key.pem"));
        watch = new WatchAuditChain(trail, checkpoints, status, CLOCK);
    }

    private void append(int from, int to) {
        IntStream.rangeClosed(from, to).forEach(n -> database.inTransaction(() -> trail.record(new AuditEntry(
                Instant.parse("2026-12-07T00:00:00Z").plusSeconds(n), UserId.random(), AuditAction.READ, "Panel", "p" + n,
                null, "10.0.0.1", "care"))));
    }

    private void watchNow() {
        database.inTransaction(() -> watch.handle());
    }

    @Test
    void an_intact_chain_is_anchored_at_the_head_it_was_verified_up_to_and_once_only_while_that_head_stays() {
        append(1, 4);

        watchNow();
        watchNow();

        assertThat(checkpoints.latest()).contains(new Checkpoint(TrailHead.single(new ChainHead(4, tables.headHash())), CLOCK.instant()));
        assertThat(dir.resolve("checkpoints.jsonl")).content().hasLineCount(1);
        assertThat(status.last()).get().satisfies(last -> assertThat(last.verification().intact()).isTrue());
    }

    @Test
    void an_empty_chain_is_verified_but_not_anchored() {
        watchNow();

        assertThat(checkpoints.latest()).isEmpty();
        assertThat(status.last()).isPresent();
    }

    @Test
    void a_whole_chain_rewritten_after_a_checkpoint_is_caught_by_the_next_watch_and_never_anchored() {
        append(1, 4);
        watchNow();
        var anchored = checkpoints.latest().orElseThrow();

        var forged = new ArrayList<AuditRecord>();
        String previous = AuditRecord.GENESIS;
        for (AuditRecord r : tables.all()) {
            var f = new AuditRecord(0, r.seq(), r.at(), r.actor(), r.action(), r.resourceType(), r.resourceId(), r.patient(),
                    r.origin(), "rewritten", previous, null);
            f = f.withHash(f.computedHash());
            forged.add(f);
            previous = f.hash();
        }
        forged.forEach(tables::replace);
        tables.setHead(4, previous);
        watchNow();

        var last = status.last().orElseThrow().verification();
        assertThat(last.firstBreach()).get().satisfies(b -> {
            assertThat(b.tampering()).isEqualTo(Tampering.REWRITTEN);
            assertThat(b.sequence()).isEqualTo(4);
        });
        assertThat(checkpoints.latest()).contains(anchored);
    }

    @Test
    void an_auditor_verifies_against_the_latest_checkpoint_and_the_verification_is_audited() {
        append(1, 3);
        watchNow();
        var verify = new VerifyAuditChain(trail, checkpoints, AccessPolicy.strict(),
                new Auditing(trail, new InboundOrigin(), CLOCK), status, CLOCK);
        var auditor = Actor.of(UserId.random(), RoleGrant.auditor(Ern.ERKNET));

        var verification = database.inTransaction(() -> verify.handle(verify.authorise(auditor), (checked, of) -> { }));

        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(3);
        var audited = database.inTransaction(() -> trail.page(0, 10));
        assertThat(audited).last().satisfies(entry -> {
            assertThat(entry.resourceType()).isEqualTo("AuditChain");
            assertThat(entry.byUser()).contains(auditor.id());
        });
    }

    @Test
    void only_auditors_verify_the_chain() {
        var verify = new VerifyAuditChain(trail, checkpoints, AccessPolicy.strict(),
                new Auditing(trail, new InboundOrigin(), CLOCK), status, CLOCK);
        var researcher = Actor.of(UserId.random(), RoleGrant.researcher(Ern.ERKNET));

        assertThatThrownBy(() -> verify.authorise(researcher)).isInstanceOf(AccessForbidden.class);
    }
}
