package org.opencpms.adapters.dicom.scp;

import java.util.Map;
import java.util.Objects;
import org.opencpms.domain.shared.ProviderId;

/**
 * How the C-STORE listener is reached and whom it admits: our AE title, the address and port it binds (port 0: any
 * free port), the centre of each known calling AE title, the largest data set it keeps in memory, and how many
 * associations it serves at once.
 */
public record ListenerSettings(String aeTitle, String bindAddress, int port, Map<String, ProviderId> callingAeTitles,
                               long maxDataSetBytes, int maxAssociations) {

    public ListenerSettings {
        Objects.requireNonNull(aeTitle, "aeTitle");
        if (aeTitle.isBlank() || aeTitle.strip().length() > 16) {
            throw new IllegalArgumentException("an AE title has 1 to 16 characters: " + aeTitle);
        }
        aeTitle = aeTitle.strip();
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        callingAeTitles = Map.copyOf(callingAeTitles);
        if (maxDataSetBytes < 1 || maxDataSetBytes > Integer.MAX_VALUE - 8 || maxAssociations < 1) {
            throw new IllegalArgumentException("the limits must be positive (and a data set below 2 GB)");
        }
    }
}
