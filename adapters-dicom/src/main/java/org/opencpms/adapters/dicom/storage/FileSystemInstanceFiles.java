package org.opencpms.adapters.dicom.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.opencpms.domain.imaging.ContentAddress;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.StoredFile;

/**
 * Instance files on a file system, content-addressed: {@code <root>/<shelf>/ab/cd/<sha-256>.dcm}, where
 * {@code ab} and {@code cd} are the first hex digits of the SHA-256 of the bytes.
 *
 * <p>A write goes to a new file under {@code <root>/incoming}, is hashed as it is written, its data synced to disk
 * ({@code fdatasync}: the size and blocks of the file with it, not its times), closed, renamed atomically to its
 * address (on the same file system; a directory created for it is made durable in its parent first), and the
 * directory that now holds it is synced too, before {@link #write} returns; if anything fails the temporary file is deleted, so no address ever holds a partial
 * file. Bytes already kept at their address are not written again.
 */
public final class FileSystemInstanceFiles implements InstanceFiles {

    private final Path root;
    private final Path incoming;

    public FileSystemInstanceFiles(Path root) {
        this.root = root.toAbsolutePath();
        this.incoming = this.root.resolve("incoming");
        try {
            DurableDirectories.create(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the DICOM store under " + this.root, e);
        }
    }

    @Override
    public StoredFile write(Content content, Shelf shelf) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(incoming, "instance-", ".part");
            MessageDigest sha256 = sha256();
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
                content.writeTo(out);
                out.flush();
                channel.force(false);
            }
            long size = Files.size(temporary);
            var address = new ContentAddress(HexFormat.of().formatHex(sha256.digest()));
            Path target = pathOf(address, shelf);
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                DurableDirectories.create(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                DurableDirectories.sync(target.getParent());
            }
            return new StoredFile(address, size);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new UncheckedIOException("the instance could not be kept", e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary, e);
            throw e;
        }
    }

    @Override
    public Optional<InputStream> open(ContentAddress address, Shelf shelf) {
        try {
            return Optional.of(Files.newInputStream(pathOf(address, shelf)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the file of this address is kept on this shelf. */
    public Path pathOf(ContentAddress address, Shelf shelf) {
        String hex = address.sha256();
        return root.resolve(shelf.name().toLowerCase(Locale.ROOT)).resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4))
                .resolve(hex + ".dcm");
    }

    private static void deleteQuietly(Path temporary, Exception cause) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
