package org.opencpms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@link DicomIngest}: per load and number of associations, the median over the repeats of
 * instances/s and MB/s (10^6 bytes) for OpenCPMS and for {@code storescp}, and their ratio.
 */
final class IngestReport {

    /** One run's wall-clock seconds: to OpenCPMS, to storescp, and the durable writes alone. */
    record Seconds(double ours, double ceiling, double durableWrites) {
    }

    private record Run(int instances, long bytes, Seconds seconds) {
    }

    private final int repeats;
    private final Map<String, List<Run>> runs = new LinkedHashMap<>();

    IngestReport(int repeats) {
        this.repeats = repeats;
    }

    void add(String load, int associations, int instances, long bytes, Seconds seconds) {
        runs.computeIfAbsent(load + " | " + associations, key -> new ArrayList<>()).add(new Run(instances, bytes, seconds));
        System.out.printf(Locale.ROOT, "%s, %d association(s): OpenCPMS %.1f/s, storescp %.1f/s, durable writes %.1f/s%n",
                load, associations, instances / seconds.ours(), instances / seconds.ceiling(), instances / seconds.durableWrites());
    }

    void write(Path file, long sent, long kept) throws IOException {
        var text = new StringBuilder("# C-STORE ingest: OpenCPMS against storescp (median of " + repeats + ")\n\n")
                .append("| load | associations | OpenCPMS instances/s | OpenCPMS MB/s | storescp instances/s | storescp MB/s |"
                        + " OpenCPMS / storescp | durable writes alone, instances/s | OpenCPMS runs (s) | storescp runs (s) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        runs.forEach((key, list) -> {
            var first = list.get(0);
            double ours = median(list.stream().mapToDouble(run -> run.seconds().ours()).toArray());
            double ceiling = median(list.stream().mapToDouble(run -> run.seconds().ceiling()).toArray());
            double floor = median(list.stream().mapToDouble(run -> run.seconds().durableWrites()).toArray());
            text.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.0f | %.1f | %.2f | %.0f | %s | %s |%n", key,
                    first.instances() / ours, first.bytes() / 1e6 / ours, first.instances() / ceiling,
                    first.bytes() / 1e6 / ceiling, ceiling / ours, first.instances() / floor, seconds(list, true),
                    seconds(list, false)));
        });
        text.append("\n").append(sent).append(" instances sent to OpenCPMS (warm-up included), ").append(kept)
                .append(" files in its store.\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
        System.out.print(text);
    }

    private static String seconds(List<Run> list, boolean ours) {
        return String.join(", ", list.stream().map(run -> String.format(Locale.ROOT, "%.2f",
                ours ? run.seconds().ours() : run.seconds().ceiling())).toList());
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }
}
