package org.opencpms.adapters.rest.research;

import java.util.List;
import org.opencpms.application.research.ResearchDataSet;

/**
 * A k-anonymous research release: {@code items}, the records; {@code next}, always null (the release is complete);
 * {@code k}, the deployment's k; {@code generalised}, how many released records were generalised; {@code suppressed},
 * how many records were left out because even generalised fewer than k shared their quasi-identifiers.
 */
public record ResearchDataSetJson(List<ResearchRecordJson> items, String next, int k, int generalised,
                                  int suppressed) {

    public static ResearchDataSetJson of(ResearchDataSet dataSet) {
        return new ResearchDataSetJson(dataSet.records().stream().map(ResearchRecordJson::of).toList(), null,
                dataSet.k(), dataSet.generalised(), dataSet.suppressed());
    }
}
