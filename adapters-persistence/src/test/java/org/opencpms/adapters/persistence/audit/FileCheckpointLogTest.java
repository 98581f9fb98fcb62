package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.TrailHead;

class FileCheckpointLogTest {

    private static final Checkpoint FIRST = new Checkpoint(TrailHead.single(new ChainHead(10, "a".repeat(64))), Instant.parse("2026-12-07T01:00:00Z"));
    private static final Checkpoint SECOND = new Checkpoint(new TrailHead(Map.of(0, new ChainHead(25, "b".repeat(64)), 3, new ChainHead(4, "c".repeat(64)))), Instant.parse("2026-12-07T02:00:00Z"));

    @TempDir
    Path dir;

    private FileCheckpointLog log() {
        return FileCheckpointLog.at(dir.resolve("sink/checkpoints.jsonl"), dir.resolve("keys/key.pem"));
    }

    @Test
    void an_empty_log_has_no_latest_checkpoint() {
        assertThat(log().latest()).isEmpty();
    }

    @Test
    void the_latest_checkpoint_is_the_last_appended_also_after_a_restart() {
        log().append(FIRST);
        log().append(SECOND);

        assertThat(log().latest()).contains(SECOND);
        assertThat(lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"format\":\"opencpms-audit-checkpoint/2\""));
    }

    @Test
    void the_signing_key_is_created_once_readable_by_its_owner_only_with_its_public_key_beside_it() throws IOException {
        log().append(FIRST);
        var key = dir.resolve("keys/key.pem");
        String pem = Files.readString(key);

        log().append(SECOND);

        assertThat(Files.readString(key)).isEqualTo(pem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir.resolve("keys/key.pem.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void a_line_whose_head_was_changed_after_signing_is_not_trusted_and_the_one_before_it_is_the_latest() throws IOException {
        log().append(FIRST);
        log().append(SECOND);
        var forged = lines().get(1).replace("\"sequence\":4", "\"sequence\":5");
        Files.write(sink(), (lines().get(0) + "\n" + forged + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(log().latest()).contains(FIRST);
    }

    @Test
    void a_checkpoint_signed_with_another_key_is_not_trusted() throws IOException {
        log().append(FIRST);
        var other = FileCheckpointLog.at(dir.resolve("other.jsonl"), dir.resolve("other-key.pem"));
        other.append(SECOND);
        Files.writeString(sink(), Files.readString(dir.resolve("other.jsonl")), StandardOpenOption.APPEND);

        assertThat(log().latest()).contains(FIRST);
    }

    @Test
    void lines_that_are_not_checkpoints_are_skipped() throws IOException {
        log().append(FIRST);
        Files.writeString(sink(), "not json\n{\"format\":\"something else\"}\n{\"format\":\"opencpms-audit-checkpoint/1\"}\n",
                StandardOpenOption.APPEND);

        assertThat(log().latest()).contains(FIRST);
    }

    @Test
    void a_checkpoint_of_the_single_chain_format_written_before_is_the_head_of_chain_0() throws IOException {
        log().append(FIRST);
        String signed = "opencpms-audit-checkpoint/1\n42\n" + "d".repeat(64) + "\n2026-12-07T03:00:00Z";
        String signature = Base64.getEncoder().encodeToString(
                CheckpointKey.at(dir.resolve("keys/key.pem")).sign(signed.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(sink(), "{\"format\":\"opencpms-audit-checkpoint/1\",\"sequence\":42,\"hash\":\"" + "d".repeat(64)
                + "\",\"at\":\"2026-12-07T03:00:00Z\",\"signature\":\"" + signature + "\"}\n", StandardOpenOption.APPEND);

        assertThat(log().latest()).contains(new Checkpoint(TrailHead.single(new ChainHead(42, "d".repeat(64))),
                Instant.parse("2026-12-07T03:00:00Z")));
    }

    private Path sink() {
        return dir.resolve("sink/checkpoints.jsonl");
    }

    private java.util.List<String> lines() {
        try {
            return Files.readAllLines(sink());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
