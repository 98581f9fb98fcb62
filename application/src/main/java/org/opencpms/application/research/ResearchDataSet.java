package org.opencpms.application.research;

import java.util.List;
import org.opencpms.domain.research.ResearchRecord;

/**
 * A k-anonymous research release: the records, the k they were released with, how many of them were generalised
 * and how many records were suppressed (left out because even generalised they were shared by fewer than k).
 */
public record ResearchDataSet(List<ResearchRecord> records, int k, int generalised, int suppressed) {

    public ResearchDataSet {
        records = List.copyOf(records);
    }
}
