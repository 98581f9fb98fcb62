package org.opencpms.adapters.dicom;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opencpms.adapters.dicom.deidentify.Deidentifier;
import org.opencpms.adapters.dicom.receive.InstanceReception;
import org.opencpms.adapters.dicom.scp.CStoreListener;
import org.opencpms.adapters.dicom.scp.ListenerSettings;
import org.opencpms.application.imaging.ReceiveImagingInstance;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.shared.ProviderId;

/**
 * The settings of the DICOM adapter, all through MicroProfile Config (a system property wins over the environment
 * variable of the same name in upper case with underscores). A value that cannot be used fails with a message
 * naming its setting and never repeating a secret.
 */
public final class DicomConfiguration {

    public static final String STORAGE_DIRECTORY = "opencpms.dicom.storage-directory";
    public static final String QUARANTINE = "opencpms.dicom.quarantine";
    public static final String QUARANTINE_MODALITIES = "opencpms.dicom.quarantine-modalities";
    public static final String AE_TITLE = "opencpms.dicom.ae-title";
    public static final String BIND_ADDRESS = "opencpms.dicom.bind-address";
    public static final String PORT = "opencpms.dicom.port";
    public static final String CALLING_AE_TITLES = "opencpms.dicom.calling-ae-titles";
    public static final String KEY = "opencpms.dicom.deidentification-key";
    public static final String DATES = "opencpms.dicom.dates";
    public static final String MAX_INSTANCE_MB = "opencpms.dicom.max-instance-mb";
    public static final String MAX_ASSOCIATIONS = "opencpms.dicom.max-associations";

    private static final String DEFAULT_AE_TITLE = "OPENCPMS";

    private final Function<String, Optional<String>> values;

    /** @param values the configured value of a setting, if any */
    public DicomConfiguration(Function<String, Optional<String>> values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** The configuration of this deployment, from MicroProfile Config. */
    public static DicomConfiguration ofDeployment() {
        var config = ConfigProvider.getConfig();
        return new DicomConfiguration(name -> config.getOptionalValue(name, String.class));
    }

    /** Where instance files are kept ({@value #STORAGE_DIRECTORY}; default {@code <server data dir>/opencpms-dicom}). */
    public Path storageDirectory() {
        return value(STORAGE_DIRECTORY).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "opencpms-dicom"));
    }

    /**
     * Which instances are quarantined for burned-in text: {@value #QUARANTINE} ({@code true} by default) and the
     * modalities that often carry it unless they say otherwise ({@value #QUARANTINE_MODALITIES}, comma-separated;
     * default {@code US,OT,XC,SC}); the ultrasound and secondary capture SOP classes always count.
     */
    public BurnedInTextRule burnedInTextRule() {
        boolean enabled = value(QUARANTINE).map(v -> flag(QUARANTINE, v)).orElse(true);
        Set<String> modalities = value(QUARANTINE_MODALITIES).map(DicomConfiguration::list)
                .map(l -> l.stream().map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()))
                .orElse(BurnedInTextRule.STANDARD.riskyModalities());
        return new BurnedInTextRule(enabled, modalities, BurnedInTextRule.STANDARD.riskySopClassPrefixes());
    }

    /**
     * The listener's settings: {@value #AE_TITLE} (default {@code OPENCPMS}), {@value #BIND_ADDRESS} (default
     * {@code 127.0.0.1}), {@value #PORT} (default 11112), {@value #CALLING_AE_TITLES} (the hospital PACS admitted and
     * the centre each sends for, {@code PACS_A=<centre id>,PACS_B=<centre id>}; none by default),
     * {@value #MAX_INSTANCE_MB} (default 512) and {@value #MAX_ASSOCIATIONS} (default 16).
     */
    public ListenerSettings listenerSettings() {
        Map<String, ProviderId> callers = new HashMap<>();
        for (String pair : value(CALLING_AE_TITLES).map(DicomConfiguration::list).orElse(List.of())) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalStateException(CALLING_AE_TITLES + " must read AE=centre-id,..., not " + pair);
            }
            callers.put(parts[0].strip(), ProviderId.of(parts[1].strip()));
        }
        return new ListenerSettings(value(AE_TITLE).orElse(DEFAULT_AE_TITLE), value(BIND_ADDRESS).orElse("127.0.0.1"),
                number(PORT, 11112), callers, number(MAX_INSTANCE_MB, 512) * (1L << 20), number(MAX_ASSOCIATIONS, 16));
    }

    /**
     * The de-identification: the key {@value #KEY} (base64, at least 128 bits, the same on every node; required)
     * and what becomes of dates, {@value #DATES} = {@code shift} (default: moved back by a per-patient offset) or
     * {@code remove}.
     */
    public Deidentifier deidentifier() {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value(KEY).orElseThrow(() -> new IllegalStateException(KEY + " is not set")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY + " must be base64", e);
        }
        if (key.length < 16) {
            throw new IllegalStateException(KEY + " must hold at least 128 bits");
        }
        String dates = value(DATES).orElse("shift").toUpperCase(Locale.ROOT);
        try {
            return new Deidentifier(key, Deidentifier.Dates.valueOf(dates));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(DATES + " must be shift or remove, not " + dates.toLowerCase(Locale.ROOT), e);
        }
    }

    /**
     * The C-STORE listener as configured, not started: instances go to {@code receive} (the
     * {@link ReceiveImagingInstance} use case, through its transactional proxy in a container).
     */
    public CStoreListener listener(Function<ReceiveImagingInstance.Command, ReceiveImagingInstance.Receipt> receive) {
        var settings = listenerSettings();
        return new CStoreListener(settings, reception(), receive);
    }

    /** The reading, checking and de-identifying of received instances, named by our AE title as their source. */
    public InstanceReception reception() {
        return new InstanceReception(deidentifier(), value(AE_TITLE).orElse(DEFAULT_AE_TITLE));
    }

    private int number(String name, int otherwise) {
        try {
            return value(name).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a number", e);
        }
    }

    /** The value of a setting, trimmed; a blank one counts as absent. */
    public Optional<String> value(String name) {
        return values.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    static boolean flag(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalStateException(name + " must be true or false, not " + value);
        };
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
