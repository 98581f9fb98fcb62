package org.opencpms.domain.imaging;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** Where a file is in a content-addressed store: the SHA-256 of its bytes, as 64 lower-case hex digits. */
public record ContentAddress(String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentAddress {
        Require.present(sha256, "content-address");
        if (!HEX.matcher(sha256).matches()) {
            throw new InvalidValue("content-address", "not a SHA-256 in lower-case hex: " + sha256);
        }
    }
}
