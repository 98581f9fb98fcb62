package org.opencpms.domain.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;

class KAnonymityProperties {

    @Property(tries = 300)
    void no_released_combination_of_quasi_identifiers_has_fewer_than_k_members(
            @ForAll("recordedSets") List<ResearchRecord> recorded, @ForAll @IntRange(min = 2, max = 7) int k) {
        var release = new KAnonymity(k).release(recorded);

        var sizes = new HashMap<ResearchRecord.QuasiIdentifiers, Integer>();
        release.records().forEach(r -> sizes.merge(r.quasiIdentifiers(), 1, Integer::sum));
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(k));
        assertThat(release.records().size() + release.suppressed()).isEqualTo(recorded.size());
        assertThat(release.generalised())
                .isEqualTo((int) release.records().stream().filter(r -> r.generalisation() > 0).count());
    }

    @Property(tries = 200)
    void a_record_is_released_as_recorded_or_as_one_of_its_own_generalisations(
            @ForAll("recordedSets") List<ResearchRecord> recorded, @ForAll @IntRange(min = 2, max = 7) int k) {
        var possible = new HashMap<ResearchRecord, Integer>();
        for (var record : recorded) {
            for (int step = 0; step <= Generalisation.MOST; step++) {
                possible.merge(Generalisation.of(record, step), 1, Integer::sum);
            }
        }
        assertThat(new KAnonymity(k).release(recorded).records()).allSatisfy(r -> assertThat(possible).containsKey(r));
    }

    @Provide
    Arbitrary<List<ResearchRecord>> recordedSets() {
        return record().list().ofMinSize(0).ofMaxSize(80);
    }

    private Arbitrary<ResearchRecord> record() {
        var age = Arbitraries.integers().between(0, 99).map(AgeBand::of);
        var sex = Arbitraries.of(Sex.FEMALE, Sex.MALE);
        var country = Arbitraries.of("DE", "AT", "NL", "PL", "IT", "SE").map(c -> Area.of(Country.of(c)));
        var erns = Arbitraries.of(Set.of(Ern.ERKNET), Set.of(Ern.BOND), Set.of(Ern.ERKNET, Ern.BOND));
        var diagnoses = Arbitraries.of(
                new CodedEntry(CodingSystem.ICD_10, "N04.1", null), new CodedEntry(CodingSystem.ICD_10, "N04.2", null),
                new CodedEntry(CodingSystem.ICD_10, "Q87.4", null), new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", null),
                new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:558", null)).list().ofMaxSize(2).uniqueElements();
        var phenotypes = Arbitraries.of(new CodedEntry(CodingSystem.HPO, "HP:0001166", null),
                new CodedEntry(CodingSystem.HPO, "HP:0000100", null)).list().ofMaxSize(1);
        return Combinators.combine(age, sex, country, erns, diagnoses, phenotypes, Arbitraries.integers().between(0, 3))
                .as((a, s, c, e, d, p, closed) -> new ResearchRecord(a, s, c, e, d, p, closed, 0));
    }
}
