package org.opencpms.adapters.rest.research;

import java.util.List;
import org.opencpms.domain.research.ResearchRecord;

/**
 * One consenting patient in the anonymised research data set, with nothing that identifies them: five-year age band
 * ({@code 10-14}, {@code 90+}), sex, country of the enrolling centre, the ERNs of their panels, coded diagnoses and
 * phenotypes, and the number of closed panels.
 */
public record ResearchRecordJson(String ageBand, String sex, String country, List<String> erns,
                                 List<CodedEntryJson> diagnoses, List<CodedEntryJson> phenotypes, int closedPanels) {

    public static ResearchRecordJson of(ResearchRecord record) {
        return new ResearchRecordJson(record.ageBand().toString(), record.sex().name(), record.country().code(),
                record.erns().stream().map(Enum::name).sorted().toList(),
                record.diagnoses().stream().map(CodedEntryJson::of).toList(),
                record.phenotypes().stream().map(CodedEntryJson::of).toList(), record.closedPanels());
    }
}
