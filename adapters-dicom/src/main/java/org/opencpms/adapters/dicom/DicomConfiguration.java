package org.opencpms.adapters.dicom;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opencpms.domain.imaging.BurnedInTextRule;

/**
 * The settings of the DICOM adapter, all through MicroProfile Config (a system property wins over the environment
 * variable of the same name in upper case with underscores). A value that cannot be used fails with a message
 * naming its setting and never repeating a secret.
 */
public final class DicomConfiguration {

    public static final String STORAGE_DIRECTORY = "opencpms.dicom.storage-directory";
    public static final String QUARANTINE = "opencpms.dicom.quarantine";
    public static final String QUARANTINE_MODALITIES = "opencpms.dicom.quarantine-modalities";

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
