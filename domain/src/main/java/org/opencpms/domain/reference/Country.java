package org.opencpms.domain.reference;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * A country of the European Union or the European Economic Area, by its ISO 3166-1 alpha-2 code
 * (upper case; Greece is {@code GR}, not the EU's {@code EL}). No other country exists for
 * OpenCPMS: every centre and every user is in one of these 30.
 */
public record Country(String code) {

    private static final Set<String> EU_EEA = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    public Country {
        code = Require.present(code, "country").strip().toUpperCase(Locale.ROOT);
        if (!EU_EEA.contains(code)) {
            throw new InvalidValue("country", "not an EU/EEA country code (ISO 3166-1 alpha-2): " + code);
        }
    }

    public static Country of(String code) {
        return new Country(code);
    }

    /** The 27 EU member states and Iceland, Liechtenstein and Norway. */
    public static Set<Country> euAndEea() {
        return EU_EEA.stream().map(Country::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return code;
    }
}
