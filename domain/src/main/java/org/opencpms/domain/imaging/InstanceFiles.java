package org.opencpms.domain.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Port: the files of de-identified DICOM instances, in a content-addressed store (a file system today, an object
 * store could replace it). The same bytes are kept once, at the address of their SHA-256.
 *
 * <p>Invariants: {@link #write} returns only once the file is durable (written, synced, in place), and a write
 * that fails leaves no file, complete or partial, at any address; a file is never changed once written.
 */
public interface InstanceFiles {

    /** Writes the bytes of one file to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Keeps the content on the shelf given and returns where it is.
     *
     * @throws UncheckedIOException if it could not be made durable (then nothing was kept)
     */
    StoredFile write(Content content, Shelf shelf);

    /** The bytes of a file kept on that shelf, if there is one at that address. */
    Optional<InputStream> open(ContentAddress address, Shelf shelf);
}
