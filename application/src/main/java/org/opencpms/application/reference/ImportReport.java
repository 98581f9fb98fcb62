package org.opencpms.application.reference;

import java.util.List;

/**
 * What an import of centres did, or with {@code dryRun} would do: how many rows were read, centres registered, and
 * memberships recorded (a centre joining an ERN or changing its type of membership), how many rows changed nothing,
 * and every row that is wrong. When any row is wrong nothing is changed, dry run or not.
 *
 * @param changes one line per change, e.g. {@code "line 12: register Charité Berlin (DE)"}
 * @param problems every wrong row, e.g. line 7, {@code "not an EU/EEA country code (ISO 3166-1 alpha-2): US"}
 */
public record ImportReport(boolean dryRun, int rows, int centresRegistered, int membershipsRecorded, int unchanged,
                           List<String> changes, List<RowProblem> problems) {

    /** A wrong row: its line in the file and what is wrong with it. */
    public record RowProblem(int line, String problem) {
    }

    public ImportReport {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** Whether the import changed (or, in a dry run, would change) the reference data. */
    public boolean applied() {
        return !dryRun && problems.isEmpty();
    }
}
