package org.opencpms.domain.research;

import java.util.List;
import java.util.Set;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.reference.Ern;

/**
 * The ladder a research record climbs until it shares its quasi-identifiers with enough others, each step
 * cumulative: 1, ten-year age band, and diagnoses and phenotypes as their parent codes (an ICD-10 code as its
 * three-character category, {@code G71.0} to {@code G71}; codes of systems with no parent we can compute offline —
 * ORPHAcodes, HPO terms and the others — are withheld); 2, twenty-year age band and the region instead of the country;
 * 3, any age, the EU/EEA, and no ERNs or codes at all. Sex is never generalised.
 */
public final class Generalisation {

    /** The highest step; a record still too rare there is suppressed. */
    public static final int MOST = 3;

    private Generalisation() {
    }

    /** The record as recorded (step 0) widened to {@code step}. */
    public static ResearchRecord of(ResearchRecord recorded, int step) {
        if (step <= 0) {
            return recorded;
        }
        int level = Math.min(step, MOST);
        var area = level >= 3 ? Area.EU_EEA : level == 2 ? recorded.area().region() : recorded.area();
        var erns = level >= 3 ? Set.<Ern>of() : recorded.erns();
        var diagnoses = level >= 3 ? List.<CodedEntry>of() : parents(recorded.diagnoses());
        var phenotypes = level >= 3 ? List.<CodedEntry>of() : parents(recorded.phenotypes());
        return new ResearchRecord(recorded.ageBand().widened(level), recorded.sex(), area, erns, diagnoses, phenotypes,
                recorded.closedPanels(), level);
    }

    private static List<CodedEntry> parents(List<CodedEntry> entries) {
        return Anonymiser.codes(entries.stream().filter(entry -> entry.system() == CodingSystem.ICD_10)
                .map(entry -> new CodedEntry(CodingSystem.ICD_10, entry.code().substring(0, 3), null)).toList());
    }
}
