package org.opencpms.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of {@link FhirThroughput}: per measure (bundles from n clients, reads, searches) the median over the
 * repetitions of the 2xx answers/s and of their ratio to the trivial endpoint's first run of the same repetition; every
 * repetition's wrk rows; the server's resident memory at rest and after the load.
 */
final class FhirReport {

    private final String heading;
    private final Map<String, List<double[]>> measures = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();
    private ServerMemory atRest;
    private ServerMemory afterLoad;

    FhirReport(String heading) {
        this.heading = heading;
    }

    /** One repetition's trivial first run, the ceiling its other measures are divided by. */
    void repetition(int number, Wrk.Run trivial, long bundlesStored) {
        rows.add(String.format(Locale.ROOT, "| **repetition %d** (bundles stored so far: %,d) | | | | | |%n", number,
                bundlesStored));
        rows.add(trivial.row("trivial endpoint (first)", trivial.okRate()));
    }

    /** A measured run of the repetition whose trivial first run gave {@code ceiling} answers/s. */
    void add(String measure, Wrk.Run run, double ceiling) {
        add(measure, measure, run, ceiling);
    }

    /** The same, its row named {@code label} (e.g. with what the server held at the time). */
    void add(String measure, String label, Wrk.Run run, double ceiling) {
        measures.computeIfAbsent(measure, key -> new ArrayList<>()).add(new double[] {run.okRate(), run.okRate() / ceiling});
        rows.add(run.row(label, ceiling));
        System.out.print(rows.get(rows.size() - 1)); // progress for the operator
    }

    /** A run shown among the rows but not part of a median (the trivial endpoint's last run). */
    void row(String name, Wrk.Run run, double ceiling) {
        rows.add(run.row(name, ceiling));
    }

    void memory(ServerMemory rest, ServerMemory after) {
        this.atRest = rest;
        this.afterLoad = after;
    }

    void write(Path file) throws IOException {
        var text = new StringBuilder(heading).append("\n\n| measure | median 2xx answers/s | median ratio to trivial |"
                + " each repetition (/s) |\n|---|---:|---:|---|\n");
        measures.forEach((measure, runs) -> text.append(String.format(Locale.ROOT, "| %s | **%,.1f** | %.3f | %s |%n",
                measure, median(runs, 0), median(runs, 1),
                runs.stream().map(r -> String.format(Locale.ROOT, "%,.1f", r[0])).collect(Collectors.joining(" / ")))));
        text.append("\nServer resident memory (VmRSS): at rest ").append(atRest.text()).append("; after the load ")
                .append(afterLoad.text()).append(".\n\n").append(Wrk.tableHeader());
        rows.forEach(text::append);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println(text); // a benchmark harness: its console is the operator's report
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).toArray();
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
