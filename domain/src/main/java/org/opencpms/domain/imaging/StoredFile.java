package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** A file that {@link InstanceFiles} has made durable: its address and its size in bytes. */
public record StoredFile(ContentAddress address, long size) {

    public StoredFile {
        Require.present(address, "content-address");
        if (size < 1) {
            throw new InvalidValue("file-size", "a stored file holds at least one byte");
        }
    }
}
