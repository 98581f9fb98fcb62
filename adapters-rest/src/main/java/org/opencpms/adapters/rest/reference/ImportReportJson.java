package org.opencpms.adapters.rest.reference;

import java.util.List;
import org.opencpms.application.reference.ImportReport;

/** What a centre import did (or, as a dry run, would do): counts and one line per change. */
public record ImportReportJson(boolean dryRun, boolean applied, int rows, int centresRegistered,
                               int membershipsRecorded, int unchanged, List<String> changes) {

    static ImportReportJson of(ImportReport report) {
        return new ImportReportJson(report.dryRun(), report.applied(), report.rows(), report.centresRegistered(),
                report.membershipsRecorded(), report.unchanged(), report.changes());
    }
}
