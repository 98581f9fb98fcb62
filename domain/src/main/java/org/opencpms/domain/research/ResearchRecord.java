package org.opencpms.domain.research;

import java.util.List;
import java.util.Set;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;

/** One consenting patient in the research data set: nothing that identifies them (see the package invariants). */
public record ResearchRecord(AgeBand ageBand, Sex sex, Country country, Set<Ern> erns, List<CodedEntry> diagnoses,
                             List<CodedEntry> phenotypes, int closedPanels) {

    public ResearchRecord {
        Require.present(ageBand, "age-band");
        Require.present(sex, "sex");
        Require.present(country, "country");
        erns = Set.copyOf(Require.present(erns, "erns"));
        diagnoses = List.copyOf(Require.present(diagnoses, "diagnoses"));
        phenotypes = List.copyOf(Require.present(phenotypes, "phenotypes"));
    }
}
