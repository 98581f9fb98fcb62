package org.opencpms.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One run of <a href="https://github.com/wg/wrk">wrk</a> (2 threads, or 1 for 1 connection; keep-alive connections, no
 * think time) against
 * one URL, niced so that a benchmark leaves the machine's other work its share, and what it printed: the rate of
 * answers, how many were not 2xx/3xx, the latency line, and the machine's load average right after.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(ms|s|m)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("Latency\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

    private Wrk() {
    }

    /** What one run measured; {@code rate} counts every answer, {@link #okRate()} only the 2xx/3xx ones. */
    record Run(double rate, long requests, long non2xx, long socketErrors, String latency, double loadAfter) {

        double okRate() {
            return requests == 0 ? 0 : rate * (requests - non2xx) / requests;
        }

        /** A Markdown row: name, 2xx answers/s, their ratio to {@code ceiling}, latency, failures, load. */
        String row(String name, double ceiling) {
            return String.format(Locale.ROOT, "| %s | %,.0f | **%.2f** | %s | %d / %d | %.2f |%n", name, okRate(),
                    okRate() / ceiling, latency, non2xx, socketErrors, loadAfter);
        }
    }

    /** The header of the table {@link Run#row} writes rows of. */
    static String tableHeader() {
        return "| endpoint | 2xx answers/s | ratio to trivial | latency avg / stdev / max | non-2xx / socket errors"
                + " (timeouts: no answer in 10 s) | load average after |\n|---|---:|---:|---|---:|---:|\n";
    }

    /**
     * Drives {@code url} for {@code duration}; {@code token} (may be null) goes in a bearer header, {@code script}
     * (may be null) is a wrk Lua script that shapes the requests.
     */
    static Run run(String url, int connections, Duration duration, String token, Path script)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("nice", System.getProperty("bench.wrk", "wrk"), "-t" + Math.min(2, connections),
                "-c" + connections, "-d" + duration.toSeconds() + "s", "--timeout", "10s", "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed on " + url + ":\n" + output);
        }
        var rate = RATE.matcher(output);
        var total = TOTAL.matcher(output);
        if (!rate.find() || !total.find()) {
            throw new IOException("no rate in wrk's output for " + url + ":\n" + output);
        }
        var latency = LATENCY.matcher(output);
        var non2xx = NON_2XX.matcher(output);
        var errors = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(errors.group(i));
            }
        }
        return new Run(Double.parseDouble(rate.group(1)), Long.parseLong(total.group(1)),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors,
                latency.find() ? latency.group(1) + " / " + latency.group(2) + " / " + latency.group(3) : "?",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Writes {@code file}, a wrk script that POSTs {@code body} as {@code contentType}, {@code marker} in it replaced
     * per request by a value no other request (of any run) uses: {@code prefix}, a fresh UUID, the thread, a counter.
     */
    static Path postScript(String body, String marker, String prefix, String contentType, Path file) throws IOException {
        int at = body.indexOf(marker);
        if (at < 0 || body.contains("]==]")) {
            throw new IllegalArgumentException("the body has no " + marker + " to replace, or cannot be a Lua string");
        }
        var lua = String.join("\n", List.of(
                "wrk.method = \"POST\"",
                "wrk.headers[\"Content-Type\"] = \"" + contentType + "\"",
                "local threads = 0",
                "function setup(thread) threads = threads + 1; thread:set(\"tid\", threads) end",
                "local counter = 0",
                "request = function()",
                "  counter = counter + 1",
                "  local id = \"" + prefix + UUID.randomUUID() + "-\" .. tid .. \"-\" .. counter",
                "  return wrk.format(nil, nil, nil, [==[" + body.substring(0, at) + "]==] .. id .. [==["
                        + body.substring(at + marker.length()) + "]==])",
                "end", ""));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        return file;
    }
}
