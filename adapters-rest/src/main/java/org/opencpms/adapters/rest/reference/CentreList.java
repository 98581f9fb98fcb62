package org.opencpms.adapters.rest.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.application.reference.CentreRow;

/**
 * A list of centres as CSV ({@code text/csv}, RFC 4180, UTF-8): a header row naming the columns {@code name},
 * {@code country}, {@code ern} and {@code membership} (any order, more columns ignored), then one row per centre and
 * ERN. Rows are numbered by their line in the file (the header is line 1). The use case checks the values; a file
 * that is not CSV or lacks a column is 400 {@code csv.invalid}.
 */
final class CentreList {

    static final String[] COLUMNS = {"name", "country", "ern", "membership"};

    private CentreList() {
    }

    static List<CentreRow> parse(String csv) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (var parser = format.parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")))) {
            var header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    throw invalid("the header row must name the columns " + String.join(",", COLUMNS)
                            + "; it names " + header);
                }
            }
            var rows = new ArrayList<CentreRow>();
            for (CSVRecord record : parser) {
                rows.add(new CentreRow((int) record.getRecordNumber() + 1, value(record, "name"),
                        value(record, "country"), value(record, "ern"), value(record, "membership")));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw invalid("not a CSV file with a header row: " + e.getMessage());
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : null;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "csv.invalid", "Invalid CSV", detail);
    }
}
