package org.opencpms.application.memory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.imaging.ContentAddress;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.StoredFile;

/** Files in memory, by shelf and SHA-256, as the file system store addresses them. Thread-safe. */
public final class InMemoryInstanceFiles implements InstanceFiles {

    private final Map<Shelf, Map<ContentAddress, byte[]>> shelves = new HashMap<>();

    @Override
    public StoredFile write(Content content, Shelf shelf) {
        var bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] kept = bytes.toByteArray();
        var address = new ContentAddress(HexFormat.of().formatHex(sha256(kept)));
        synchronized (this) {
            shelves.computeIfAbsent(shelf, s -> new HashMap<>()).put(address, kept);
        }
        return new StoredFile(address, kept.length);
    }

    @Override
    public synchronized Optional<InputStream> open(ContentAddress address, Shelf shelf) {
        return Optional.ofNullable(shelves.getOrDefault(shelf, Map.of()).get(address)).map(ByteArrayInputStream::new);
    }

    /** How many files are on the shelf. */
    public synchronized int count(Shelf shelf) {
        return shelves.getOrDefault(shelf, Map.of()).size();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
