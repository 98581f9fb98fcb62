package org.opencpms.domain.research;

import java.util.Map;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.Require;

/**
 * Where a research record's patient is treated, as precisely as the release allows: the country of the enrolling
 * centre ({@code NL}), once generalised its region of Europe (the United Nations geoscheme's {@code Northern
 * Europe}, {@code Western Europe}, {@code Southern Europe}, {@code Eastern Europe}; Cyprus counts as Southern), and
 * at last the whole of the EU and EEA ({@code EU/EEA}).
 */
public record Area(String name) {

    public static final Area EU_EEA = new Area("EU/EEA");

    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("DK", "Northern Europe"), Map.entry("EE", "Northern Europe"), Map.entry("FI", "Northern Europe"),
            Map.entry("IE", "Northern Europe"), Map.entry("LV", "Northern Europe"), Map.entry("LT", "Northern Europe"),
            Map.entry("SE", "Northern Europe"), Map.entry("IS", "Northern Europe"), Map.entry("NO", "Northern Europe"),
            Map.entry("AT", "Western Europe"), Map.entry("BE", "Western Europe"), Map.entry("FR", "Western Europe"),
            Map.entry("DE", "Western Europe"), Map.entry("LI", "Western Europe"), Map.entry("LU", "Western Europe"),
            Map.entry("NL", "Western Europe"), Map.entry("HR", "Southern Europe"), Map.entry("CY", "Southern Europe"),
            Map.entry("GR", "Southern Europe"), Map.entry("IT", "Southern Europe"), Map.entry("MT", "Southern Europe"),
            Map.entry("PT", "Southern Europe"), Map.entry("SI", "Southern Europe"), Map.entry("ES", "Southern Europe"),
            Map.entry("BG", "Eastern Europe"), Map.entry("CZ", "Eastern Europe"), Map.entry("HU", "Eastern Europe"),
            Map.entry("PL", "Eastern Europe"), Map.entry("RO", "Eastern Europe"), Map.entry("SK", "Eastern Europe"));

    public Area {
        Require.text(name, "area", 32);
    }

    public static Area of(Country country) {
        return new Area(country.code());
    }

    /** The region of Europe of a country's area; a region or the EU/EEA stays as it is. */
    public Area region() {
        var region = REGIONS.get(name);
        return region == null ? this : new Area(region);
    }

    @Override
    public String toString() {
        return name;
    }
}
