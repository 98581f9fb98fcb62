package org.opencpms.application.user;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/**
 * The machine clients (hospital information systems) a deployment registers, each to one centre, by the OAuth
 * client id their client-credentials tokens carry. A registered client acts for one named health professional of its
 * centre per token ({@link AuthenticateCaller}), with only the grants that professional holds at that centre.
 */
public record MachineClients(Map<String, ProviderId> centres) {

    public MachineClients {
        centres = Map.copyOf(Require.present(centres, "machine-clients"));
    }

    public static MachineClients none() {
        return new MachineClients(Map.of());
    }

    /**
     * The clients of a configuration value: comma-separated {@code client-id|centre-id} pairs, e.g.
     * {@code his-charite|8c0f...,his-necker|1d2e...}. Blank: no machine client.
     *
     * @throws InvalidValue {@code machine-clients.invalid} for a pair without client id or centre, a centre that is
     *         not a UUID, or a client registered twice
     */
    public static MachineClients parse(String configured) {
        var centres = new HashMap<String, ProviderId>();
        if (configured != null) {
            Arrays.stream(configured.split(",")).map(String::strip).filter(pair -> !pair.isEmpty()).forEach(pair -> {
                int bar = pair.lastIndexOf('|');
                if (bar <= 0 || bar == pair.length() - 1) {
                    throw new InvalidValue("machine-clients", "expected client-id|centre-id, not " + pair);
                }
                ProviderId centre;
                try {
                    centre = ProviderId.of(pair.substring(bar + 1).strip());
                } catch (RuntimeException e) {
                    throw new InvalidValue("machine-clients", "the centre of " + pair + " is not a centre id");
                }
                if (centres.put(pair.substring(0, bar).strip(), centre) != null) {
                    throw new InvalidValue("machine-clients", "client registered twice: " + pair.substring(0, bar));
                }
            });
        }
        return new MachineClients(centres);
    }

    /** The centre this client is registered to, if it is registered. */
    public Optional<ProviderId> centreOf(String clientId) {
        return Optional.ofNullable(clientId).map(centres::get);
    }
}
