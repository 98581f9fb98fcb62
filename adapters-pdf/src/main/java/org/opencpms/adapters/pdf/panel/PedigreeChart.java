package org.opencpms.adapters.pdf.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.panel.Relative;
import org.opencpms.domain.patient.Sex;

/**
 * The pedigree drawn from the family history a consultation form received (its {@link Relative}s, e.g. FHIR
 * FamilyMemberHistory from a hospital system): one row per generation, from the grandparents (I) down to the
 * grandchildren, each person with the standard pedigree symbol (square male, circle female, diamond other or unknown
 * sex; filled when affected, i.e. a condition is recorded; † when deceased), their relationship and conditions; the
 * patient, by nickname, is the proband (↗) among their siblings. The generation comes from the relationship's HL7 v3
 * RoleCode; a relative whose relationship names none is listed under "Other relatives".
 */
final class PedigreeChart {

    /** One person of the chart: symbol, who they are, their conditions (empty when unaffected). */
    record Person(String symbol, String relationship, String conditions) {
    }

    /** One row of the chart: its label (Roman numeral and what it holds) and its people, in the order received. */
    record Generation(String label, List<Person> people) {
    }

    private static final int OTHER = 99;
    private static final Map<Integer, String> NAMES = Map.of(-2, "grandparents", -1, "parents, aunts and uncles",
            0, "the patient, siblings and cousins", 1, "children, nieces and nephews", 2, "grandchildren");
    private static final Map<String, Integer> GENERATIONS = generations();

    private PedigreeChart() {
    }

    /** The chart, or no row at all when the form received no relative. */
    static List<Generation> of(String nickname, Sex patientSex, List<Relative> relatives) {
        if (relatives.isEmpty()) {
            return List.of();
        }
        var rows = new TreeMap<Integer, List<Person>>();
        rows.computeIfAbsent(0, g -> new ArrayList<>()).add(new Person(symbol(patientSex.name(), false, false) + " ↗",
                nickname + " (patient)", ""));
        for (var relative : relatives) {
            var generation = GENERATIONS.getOrDefault(relative.relationship().toUpperCase(Locale.ROOT), OTHER);
            rows.computeIfAbsent(generation, g -> new ArrayList<>()).add(person(relative));
        }
        var chart = new ArrayList<Generation>();
        int numeral = 0;
        for (var row : rows.entrySet()) {
            var label = row.getKey() == OTHER ? "Other relatives"
                    : roman(++numeral) + " - " + NAMES.get(row.getKey());
            chart.add(new Generation(label, row.getValue()));
        }
        return chart;
    }

    private static Person person(Relative relative) {
        boolean affected = !relative.conditions().isEmpty();
        var who = relative.relationshipDisplay().isEmpty() ? relative.relationship() : relative.relationshipDisplay();
        var conditions = relative.conditions().stream().map(PedigreeChart::condition).collect(Collectors.joining("; "));
        return new Person(symbol(relative.sex(), affected, relative.deceased()), who, conditions);
    }

    private static String condition(CodedEntry entry) {
        var code = entry.system().displayName() + " " + entry.code();
        return entry.display().isEmpty() ? code : entry.display() + " (" + code + ")";
    }

    private static String symbol(String sex, boolean affected, boolean deceased) {
        var shape = switch (sex.toLowerCase(Locale.ROOT)) {
            case "male" -> affected ? "■" : "□";
            case "female" -> affected ? "●" : "○";
            default -> affected ? "◆" : "◇";
        };
        return deceased ? shape + "†" : shape;
    }

    private static String roman(int n) {
        return List.of("I", "II", "III", "IV", "V").get(n - 1);
    }

    /** The generation of each HL7 v3 RoleCode of a blood relative, relative to the patient's (0). */
    private static Map<String, Integer> generations() {
        var map = new java.util.HashMap<String, Integer>();
        for (var code : List.of("GRPRN", "GRMTH", "GRFTH", "MGRMTH", "MGRFTH", "PGRMTH", "PGRFTH", "MGRPRN", "PGRPRN")) {
            map.put(code, -2);
        }
        for (var code : List.of("PRN", "MTH", "FTH", "NPRN", "NMTH", "NFTH", "AUNT", "UNCLE", "MAUNT", "MUNCLE",
                "PAUNT", "PUNCLE", "HPRN")) {
            map.put(code, -1);
        }
        for (var code : List.of("SIB", "SIS", "BRO", "NSIB", "NSIS", "NBRO", "HSIB", "HSIS", "HBRO", "TWIN", "TWINSIS",
                "TWINBRO", "FTWIN", "FTWINSIS", "FTWINBRO", "ITWIN", "ITWINSIS", "ITWINBRO", "COUSN", "MCOUSN",
                "PCOUSN")) {
            map.put(code, 0);
        }
        for (var code : List.of("CHILD", "SON", "DAU", "NCHILD", "SONC", "DAUC", "NIENEPH", "NEPHEW", "NIECE")) {
            map.put(code, 1);
        }
        for (var code : List.of("GRNDCHILD", "GRNDSON", "GRNDDAU")) {
            map.put(code, 2);
        }
        return Map.copyOf(map);
    }
}
