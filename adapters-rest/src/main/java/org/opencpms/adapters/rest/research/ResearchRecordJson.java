package org.opencpms.adapters.rest.research;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.research.ResearchRecord;

/**
 * One consenting patient in the anonymised research data set, with nothing that identifies them: age band
 * ({@code 10-14}, {@code 90+}; once generalised wider: {@code 10-19}, {@code 80+}, {@code any}), sex, area (the
 * country of the enrolling centre, or once generalised its region of Europe or {@code EU/EEA}), the ERNs of their
 * panels, coded diagnoses and phenotypes (codes only), the number of closed panels, and how far the record was
 * generalised ({@code 0}: as recorded, up to {@code 3}).
 */
public record ResearchRecordJson(String ageBand, @Schema(implementation = Sex.class) String sex, String area,
                                 @Schema(type = SchemaType.ARRAY, implementation = Ern.class) List<String> erns,
                                 List<CodedEntryJson> diagnoses, List<CodedEntryJson> phenotypes, int closedPanels,
                                 int generalisation) {

    public static ResearchRecordJson of(ResearchRecord record) {
        return new ResearchRecordJson(record.ageBand().toString(), record.sex().name(), record.area().name(),
                record.erns().stream().map(Enum::name).sorted().toList(),
                record.diagnoses().stream().map(CodedEntryJson::of).toList(),
                record.phenotypes().stream().map(CodedEntryJson::of).toList(), record.closedPanels(),
                record.generalisation());
    }
}
