package org.opencpms.adapters.persistence.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.CheckpointLog;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.Require;

/**
 * Checkpoints as JSON lines appended to a file outside the database (ship it elsewhere, e.g. with the server logs):
 * {@code {"format":"opencpms-audit-checkpoint/1","sequence":N,"hash":"…","at":"…","signature":"…"}}, the signature
 * an Ed25519 signature ({@link CheckpointKey}) of the format, sequence, hash and time, one per line. Each append
 * locks the file (several processes may share it), writes one line and forces it to disk before returning.
 */
public final class FileCheckpointLog implements CheckpointLog {

    static final String FORMAT = "opencpms-audit-checkpoint/1";

    private final Path file;
    private final CheckpointKey key;

    private FileCheckpointLog(Path file, CheckpointKey key) {
        this.file = file;
        this.key = key;
    }

    /** A log in {@code file}, signed with the key in {@code keyFile} (both created on first use). */
    public static FileCheckpointLog at(Path file, Path keyFile) {
        Require.present(file, "checkpoint-file");
        Require.present(keyFile, "checkpoint-key-file");
        return new FileCheckpointLog(file, CheckpointKey.at(keyFile));
    }

    @Override
    public void append(Checkpoint checkpoint) {
        Require.present(checkpoint, "checkpoint");
        String line = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("sequence", checkpoint.head().sequence())
                .add("hash", checkpoint.head().hash())
                .add("at", checkpoint.at().toString())
                .add("signature", Base64.getEncoder().encodeToString(key.sign(signed(checkpoint))))
                .build().toString() + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); var lock = channel.lock()) {
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("audit checkpoint not written to " + file, e);
        }
    }

    @Override
    public Optional<Checkpoint> latest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("audit checkpoints not readable in " + file, e);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            var checkpoint = signedCheckpoint(lines.get(i));
            if (checkpoint.isPresent()) {
                return checkpoint;
            }
        }
        return Optional.empty();
    }

    /** The checkpoint a line holds if it is one of ours: well-formed and signed by our key. */
    private Optional<Checkpoint> signedCheckpoint(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            JsonObject json = reader.readObject();
            if (!FORMAT.equals(json.getString("format", ""))) {
                return Optional.empty();
            }
            var checkpoint = new Checkpoint(new ChainHead(json.getJsonNumber("sequence").longValueExact(),
                    json.getString("hash")), Instant.parse(json.getString("at")));
            byte[] signature = Base64.getDecoder().decode(json.getString("signature"));
            return key.verifies(signed(checkpoint), signature) ? Optional.of(checkpoint) : Optional.empty();
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
                 | IllegalArgumentException | java.time.DateTimeException | DomainException e) {
            return Optional.empty();
        }
    }

    private static byte[] signed(Checkpoint checkpoint) {
        return (FORMAT + "\n" + checkpoint.head().sequence() + "\n" + checkpoint.head().hash() + "\n" + checkpoint.at())
                .getBytes(StandardCharsets.UTF_8);
    }
}
