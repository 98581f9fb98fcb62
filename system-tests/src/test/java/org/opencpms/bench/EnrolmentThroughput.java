package org.opencpms.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Enrolment throughput of a running OpenCPMS in training mode (not a test): {@code POST /api/patients} with two
 * consents and a fresh hospital identifier per request, driven by wrk over keep-alive connections without think time
 * as the training health professional of Berlin, between two runs of the trivial endpoint ({@code GET
 * /api/health/live}) in the same run, so that the rate reads as a fraction of the server's ceiling. Every enrolment
 * goes the whole way (token, grants, use case, patient, identity, consents, outbox, audit chain, commit); an answer
 * other than 201 counts as a failure and is reported, not in the rate.
 *
 * <p>System properties: {@code bench.url} (http://127.0.0.1:8080), {@code bench.enrolConnections} (8,32: one run
 * per count), {@code bench.readDuration} (PT30S per run), {@code bench.report} (target/bench/enrolment-throughput.md).
 * Run with {@code ./mvnw -B -pl system-tests -Pbench verify -Dbench.persistence.skip=true
 * -Dbench.main=org.opencpms.bench.EnrolmentThroughput}.
 */
public final class EnrolmentThroughput {

    private static final String TRIVIAL = "/api/health/live";

    private EnrolmentThroughput() {
    }

    public static void main(String[] args) throws Exception {
        var http = new BenchClient(System.getProperty("bench.url", "http://127.0.0.1:8080"));
        var duration = Duration.parse(System.getProperty("bench.readDuration", "PT30S"));
        var report = Path.of(System.getProperty("bench.report", "target/bench/enrolment-throughput.md"));
        var token = http.trainingToken("hp.berlin");
        var centre = BenchClient.json(http.send("GET", "/api/me", token, null).body())
                .getJsonArray("grants").getJsonObject(0).getString("centre");
        var rows = new ArrayList<String>();
        Wrk.run(http.base() + TRIVIAL, 8, Duration.ofSeconds(5), null, null); // warm-up, not reported
        var first = Wrk.run(http.base() + TRIVIAL, 8, duration, null, null);
        double ceiling = first.okRate();
        rows.add(first.row("trivial endpoint, 8 connections (first)", ceiling));
        for (String connections : System.getProperty("bench.enrolConnections", "8,32").split(",")) {
            int count = Integer.parseInt(connections.trim());
            var script = script(centre, report.toAbsolutePath().getParent()); // identifiers of its own per run
            var run = Wrk.run(http.base() + "/api/patients", count, duration, token, script);
            rows.add(run.row("enrolment with two consents, " + count + " connections", ceiling));
        }
        var last = Wrk.run(http.base() + TRIVIAL, 8, duration, null, null);
        rows.add(last.row("trivial endpoint, 8 connections (last)", ceiling));
        var out = new StringBuilder(String.format(Locale.ROOT, "# OpenCPMS enrolment throughput%n%nServer %s, %s, wrk,"
                        + " %s per run; ratio = 201 answers/s over the first run of the trivial endpoint (%,.0f/s).%n%n",
                http.base(), Instant.now(), duration, ceiling)).append(Wrk.tableHeader());
        rows.forEach(out::append);
        Files.writeString(report, out, StandardCharsets.UTF_8);
        System.out.println(out); // a benchmark harness: its console is the operator's report
    }

    /** A wrk script that posts enrolments at the centre, each with a hospital identifier no other request uses. */
    private static Path script(String centre, Path directory) throws java.io.IOException {
        var body = BenchClient.enrolment(centre);
        int marker = body.indexOf("LOAD-");
        return Wrk.postScript(body, body.substring(marker, body.indexOf('"', marker)), "LOAD-", "application/json",
                directory.resolve("enrol.lua"));
    }
}
