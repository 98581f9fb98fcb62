package org.opencpms.domain.imaging;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** A DICOM study instance UID: dot-separated numeric components, at most 64 characters, no leading zeros. */
public record StudyInstanceUid(String value) {

    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    public StudyInstanceUid {
        Require.present(value, "study-uid");
        if (value.length() > 64 || !UID.matcher(value).matches()) {
            throw new InvalidValue("study-uid", "not a DICOM UID: " + value);
        }
    }
}
