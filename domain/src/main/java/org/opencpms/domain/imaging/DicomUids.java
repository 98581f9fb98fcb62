package org.opencpms.domain.imaging;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** The one check of a DICOM UID: dot-separated numeric components, at most 64 characters, no leading zeros. */
final class DicomUids {

    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    private DicomUids() {
    }

    static String require(String value, String field) {
        Require.present(value, field);
        if (value.length() > 64 || !UID.matcher(value).matches()) {
            throw new InvalidValue(field, "not a DICOM UID: " + value);
        }
        return value;
    }
}
