package org.opencpms.domain.research;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * One consenting patient in the research data set: nothing that identifies them (see the package invariants).
 * {@code generalisation} says how far its quasi-identifiers were widened to share them with enough other records
 * ({@link Generalisation}): 0, as recorded. An empty ERN set or code list of a generalised record may mean withheld.
 */
public record ResearchRecord(AgeBand ageBand, Sex sex, Area area, Set<Ern> erns, List<CodedEntry> diagnoses,
                             List<CodedEntry> phenotypes, int closedPanels, int generalisation) {

    public ResearchRecord {
        Require.present(ageBand, "age-band");
        Require.present(sex, "sex");
        Require.present(area, "area");
        erns = Set.copyOf(Require.present(erns, "erns"));
        diagnoses = List.copyOf(Require.present(diagnoses, "diagnoses"));
        phenotypes = List.copyOf(Require.present(phenotypes, "phenotypes"));
        if (generalisation < 0 || generalisation > Generalisation.MOST) {
            throw new InvalidValue("generalisation", "a generalisation level from 0 to " + Generalisation.MOST);
        }
    }

    /** What could single the patient out when combined: everything but the number of closed panels. */
    public record QuasiIdentifiers(AgeBand ageBand, Sex sex, Area area, Set<Ern> erns, Set<String> diagnoses,
                                   Set<String> phenotypes) {
    }

    public QuasiIdentifiers quasiIdentifiers() {
        return new QuasiIdentifiers(ageBand, sex, area, erns, codes(diagnoses), codes(phenotypes));
    }

    private static Set<String> codes(List<CodedEntry> entries) {
        return entries.stream().map(e -> e.system() + ":" + e.code()).collect(Collectors.toUnmodifiableSet());
    }
}
