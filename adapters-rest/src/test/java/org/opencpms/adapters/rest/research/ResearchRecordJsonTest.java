package org.opencpms.adapters.rest.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.research.AgeBand;
import org.opencpms.domain.research.Area;
import org.opencpms.domain.research.Generalisation;
import org.opencpms.domain.research.ResearchRecord;

class ResearchRecordJsonTest {

    @Test
    void a_research_record_becomes_its_json_field_by_field() {
        var record = new ResearchRecord(AgeBand.of(12), Sex.FEMALE, Area.of(Country.of("NL")), Set.of(Ern.ERKNET, Ern.BOND),
                List.of(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", null)),
                List.of(new CodedEntry(CodingSystem.HPO, "HP:0000100", null)), 2, 0);

        assertThat(ResearchRecordJson.of(record)).isEqualTo(new ResearchRecordJson("10-14", "FEMALE", "NL",
                List.of("BOND", "ERKNET"), List.of(new CodedEntryJson("ORPHACODE", "ORPHA:63", null)),
                List.of(new CodedEntryJson("HPO", "HP:0000100", null)), 2, 0));
    }

    @Test
    void the_oldest_age_band_is_open_ended() {
        var record = new ResearchRecord(AgeBand.of(93), Sex.MALE, Area.of(Country.of("DE")), Set.of(), List.of(),
                List.of(), 0, 0);

        assertThat(ResearchRecordJson.of(record).ageBand()).isEqualTo("90+");
    }

    @Test
    void a_generalised_record_says_how_far_and_shows_the_wider_values() {
        var recorded = new ResearchRecord(AgeBand.of(12), Sex.MALE, Area.of(Country.of("DE")), Set.of(Ern.ERKNET),
                List.of(new CodedEntry(CodingSystem.ICD_10, "N04.1", null)), List.of(), 0, 0);

        var json = ResearchRecordJson.of(Generalisation.of(recorded, 2));

        assertThat(json).isEqualTo(new ResearchRecordJson("0-19", "MALE", "Western Europe", List.of("ERKNET"),
                List.of(new CodedEntryJson("ICD_10", "N04", null)), List.of(), 0, 2));
    }
}
