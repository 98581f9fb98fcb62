package org.opencpms.adapters.persistence.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.CheckpointLog;
import org.opencpms.domain.audit.TrailHead;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.Require;

/**
 * Checkpoints as JSON lines appended to a file outside the database (ship it elsewhere, e.g. with the server logs):
 * {@code {"format":"opencpms-audit-checkpoint/2","heads":[{"chain":C,"sequence":N,"hash":"…"},…],"at":"…",
 * "signature":"…"}}, one head per chain with records, the signature an Ed25519 signature ({@link CheckpointKey}) of
 * the format, every head (chain, sequence, hash) and the time, one per line. Lines of the single-chain format
 * {@code opencpms-audit-checkpoint/1} ({@code "sequence":N,"hash":"…"} instead of {@code heads}) written before are
 * read as the head of chain 0, the chain they anchored. Each append locks the file (several processes may share it),
 * writes one line and forces it to disk before returning.
 */
public final class FileCheckpointLog implements CheckpointLog {

    static final String FORMAT = "opencpms-audit-checkpoint/2";

    /** The format of one chain's head, before the trail had several. */
    static final String SINGLE_CHAIN_FORMAT = "opencpms-audit-checkpoint/1";

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
        var heads = Json.createArrayBuilder();
        checkpoint.head().chains().forEach((chain, head) -> heads.add(Json.createObjectBuilder()
                .add("chain", chain).add("sequence", head.sequence()).add("hash", head.hash())));
        String line = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("heads", heads)
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
            String format = json.getString("format", "");
            if (!FORMAT.equals(format) && !SINGLE_CHAIN_FORMAT.equals(format)) {
                return Optional.empty();
            }
            var checkpoint = new Checkpoint(FORMAT.equals(format) ? heads(json) : TrailHead.single(head(json)),
                    Instant.parse(json.getString("at")));
            byte[] signature = Base64.getDecoder().decode(json.getString("signature"));
            byte[] signed = FORMAT.equals(format) ? signed(checkpoint) : signedSingleChain(checkpoint);
            return key.verifies(signed, signature) ? Optional.of(checkpoint) : Optional.empty();
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
                 | IllegalArgumentException | java.time.DateTimeException | DomainException e) {
            return Optional.empty();
        }
    }

    private static TrailHead heads(JsonObject json) {
        var heads = new HashMap<Integer, ChainHead>();
        for (JsonValue head : json.getJsonArray("heads")) {
            int chain = head.asJsonObject().getJsonNumber("chain").intValueExact();
            if (heads.put(chain, head(head.asJsonObject())) != null) {
                throw new IllegalArgumentException("chain " + chain + " twice");
            }
        }
        return new TrailHead(heads);
    }

    private static ChainHead head(JsonObject json) {
        return new ChainHead(json.getJsonNumber("sequence").longValueExact(), json.getString("hash"));
    }

    /** The format, then a line {@code <chain> <sequence> <hash>} per chain in chain order, then the time. */
    private static byte[] signed(Checkpoint checkpoint) {
        var text = new StringBuilder(FORMAT).append('\n');
        checkpoint.head().chains().forEach((chain, head) -> text.append(chain).append(' ').append(head.sequence())
                .append(' ').append(head.hash()).append('\n'));
        return text.append(checkpoint.at()).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] signedSingleChain(Checkpoint checkpoint) {
        ChainHead head = checkpoint.head().of(0);
        return (SINGLE_CHAIN_FORMAT + "\n" + head.sequence() + "\n" + head.hash() + "\n" + checkpoint.at())
                .getBytes(StandardCharsets.UTF_8);
    }
}
