package org.opencpms.application.imaging;

import java.io.InputStream;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.shared.Require;

/**
 * A de-identified instance on the archive shelf as a viewer may fetch it: its pseudonymous UIDs, SOP class, modality,
 * the size of its Part 10 file and a way to read that file.
 */
public record ArchivedInstance(SopInstanceUid uid, SeriesInstanceUid series, String sopClassUid, String modality,
                               long size, Bytes bytes) {

    /** Opens the instance's Part 10 file; the caller closes the stream. */
    @FunctionalInterface
    public interface Bytes {
        /** @throws java.io.UncheckedIOException if the file cannot be read (or is gone) */
        InputStream open();
    }

    public ArchivedInstance {
        Require.present(uid, "sop-instance-uid");
        Require.present(series, "series-uid");
        Require.present(sopClassUid, "sop-class-uid");
        Require.present(bytes, "bytes");
    }
}
