package org.opencpms.domain.panel;

import java.net.URI;
import java.net.URISyntaxException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** Where a meeting takes place: an absolute {@code https} URI with a host. */
public record VideoLink(URI value) {

    public VideoLink {
        Require.present(value, "video-link");
        if (!"https".equalsIgnoreCase(value.getScheme()) || value.getHost() == null) {
            throw new InvalidValue("video-link", "a video link is an https address: " + value);
        }
    }

    public static VideoLink of(String value) {
        try {
            return new VideoLink(new URI(Require.text(value, "video-link", PanelLimits.SHORT_TEXT)));
        } catch (URISyntaxException e) {
            throw new InvalidValue("video-link", "not a URI: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
