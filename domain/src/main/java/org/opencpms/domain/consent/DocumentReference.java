package org.opencpms.domain.consent;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * A stored document, e.g. a signed consent form: the opaque key under which the document store
 * keeps it (at most {@value #MAX_KEY_LENGTH} characters) and its media type ({@code type/subtype},
 * lower case, e.g. {@code application/pdf}).
 */
public record DocumentReference(String storageKey, String mediaType) {

    static final int MAX_KEY_LENGTH = 500;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    public DocumentReference {
        storageKey = Require.text(storageKey, "storage-key", MAX_KEY_LENGTH);
        mediaType = Require.present(mediaType, "media-type").strip().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidValue("media-type", "not a media type: " + mediaType);
        }
    }
}
