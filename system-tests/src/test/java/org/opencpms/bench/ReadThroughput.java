package org.opencpms.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Read throughput of a running OpenCPMS in training mode (not a test): each read endpoint driven by
 * <a href="https://github.com/wg/wrk">wrk</a> over a fixed number of keep-alive connections with no think time,
 * one after the other in the same run as a trivial endpoint ({@code GET /api/health/live}, measured first and last),
 * so that each endpoint's rate is read as a fraction of the server's ceiling. The reads are those of a clinician:
 * the caller's own account ({@code /api/me}: authenticated but audited nowhere, the share of every read that is not
 * its own), "my panels" (20), one panel whose timeline holds {@code bench.timeline} comments, the centre's patients (50, with
 * identities), one patient, the inbox, the panel's chat.
 *
 * <p>Before measuring, it builds what the reads need as the training health professional of Berlin, through the
 * API: patients at the centre up to a page of 50, panels up to a page of 20, and one panel with the long timeline.
 *
 * <p>System properties: {@code bench.url} (http://127.0.0.1:8080), {@code bench.connections} (8),
 * {@code bench.readDuration} (PT30S per endpoint), {@code bench.timeline} (1000), {@code bench.longPanel} ({@code new}, or
 * the id of the panel an earlier run built, to measure again without building it again), {@code bench.wrk} (wrk),
 * {@code bench.report} (target/bench/read-throughput.md). Run with
 * {@code ./mvnw -B -pl system-tests -Pbench verify -Dbench.main=org.opencpms.bench.ReadThroughput}.
 */
public final class ReadThroughput {

    private static final String TRIVIAL = "/api/health/live";

    private final BenchClient http;
    private String token;
    private String centre;
    private String ern;

    private ReadThroughput(String base) {
        this.http = new BenchClient(base);
    }

    public static void main(String[] args) throws Exception {
        var bench = new ReadThroughput(System.getProperty("bench.url", "http://127.0.0.1:8080"));
        int connections = Integer.getInteger("bench.connections", 8);
        var duration = Duration.parse(System.getProperty("bench.readDuration", "PT30S"));
        var report = Path.of(System.getProperty("bench.report", "target/bench/read-throughput.md"));
        Map<String, String> endpoints = bench.prepare(Integer.getInteger("bench.timeline", 1000));
        var rows = new ArrayList<String>();
        bench.wrk(TRIVIAL, connections, Duration.ofSeconds(5)); // warm-up, not reported: the server's JIT, the pools
        var first = bench.wrk(TRIVIAL, connections, duration);
        double ceiling = first.okRate();
        rows.add(first.row("trivial endpoint (first)", ceiling));
        for (var endpoint : endpoints.entrySet()) {
            rows.add(bench.wrk(endpoint.getValue(), connections, duration).row(endpoint.getKey(), ceiling));
        }
        var last = bench.wrk(TRIVIAL, connections, duration);
        rows.add(last.row("trivial endpoint (last)", ceiling));
        var out = new StringBuilder(String.format(Locale.ROOT, "# OpenCPMS read throughput%n%nServer %s, %s, wrk with %d"
                        + " connections, %s per endpoint; ratio = 2xx answers/s over the first run of the trivial endpoint"
                        + " (%,.0f/s).%n%n",
                bench.http.base(), Instant.now(), connections, duration, ceiling)).append(Wrk.tableHeader());
        rows.forEach(out::append);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
        System.out.println(out); // a benchmark harness: its console is the operator's report
    }

    // ------------------------------------------------------------------ preparation through the API

    /** Builds the data the reads need and returns the endpoints to measure, by name. */
    private Map<String, String> prepare(int timelineEntries) throws IOException, InterruptedException {
        token = http.trainingToken("hp.berlin");
        var grant = BenchClient.json(http.send("GET", "/api/me", token, null).body()).getJsonArray("grants").getJsonObject(0);
        centre = grant.getString("centre");
        ern = grant.getString("ern");
        var patients = new ArrayList<String>();
        BenchClient.json(http.send("GET", "/api/patients?limit=50&centre=" + centre, token, null).body()).getJsonArray("items")
                .forEach(item -> patients.add(item.asJsonObject().getString("id")));
        while (patients.size() < 50) {
            patients.add(BenchClient.created(http.send("POST", "/api/patients", token, BenchClient.enrolment(centre))));
        }
        int panels = BenchClient.json(http.send("GET", "/api/panels?limit=20", token, null).body()).getJsonArray("items").size();
        for (int i = panels; i < 20; i++) {
            http.openSubmittedPanel(token, centre, ern, "Read throughput case");
        }
        var longPanel = System.getProperty("bench.longPanel", "new");
        if ("new".equals(longPanel)) {
            longPanel = longPanel(timelineEntries);
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("reference: the caller and their grants (GET /api/me: authenticated, not audited)", "/api/me");
        endpoints.put("my panels (20)", "/api/panels?limit=20");
        endpoints.put("one panel, " + timelineEntries + " timeline comments", "/api/panels/" + longPanel);
        endpoints.put("centre's patients (50, with identities)", "/api/patients?limit=50&centre=" + centre);
        endpoints.put("one patient", "/api/patients/" + patients.get(0));
        endpoints.put("inbox (20)", "/api/notifications?limit=20");
        endpoints.put("the panel's chat", "/api/panels/" + longPanel + "/chat");
        return endpoints;
    }

    /** A new panel with {@code timelineEntries} timeline comments and a chat of 20 messages; its id. */
    private String longPanel(int timelineEntries) throws IOException, InterruptedException {
        var longPanel = http.openSubmittedPanel(token, centre, ern, "A long timeline");
        for (int i = 0; i < timelineEntries; i++) {
            var body = Json.createObjectBuilder().add("text", "Timeline remark " + i + " " + UUID.randomUUID()).build();
            expect(http.send("POST", "/api/panels/" + longPanel + "/timeline", token, body.toString()), "a timeline comment");
        }
        for (int i = 0; i < 20; i++) {
            var body = Json.createObjectBuilder().add("text", "Chat message " + i).build();
            expect(http.send("POST", "/api/panels/" + longPanel + "/chat", token, body.toString()), "a chat message");
        }
        System.out.println("The panel with the long timeline: -Dbench.longPanel=" + longPanel); // for the operator: reuse it next run
        return longPanel;
    }

    // ------------------------------------------------------------------ measurement

    private Wrk.Run wrk(String path, int connections, Duration duration) throws IOException, InterruptedException {
        return Wrk.run(http.base() + path, connections, duration, TRIVIAL.equals(path) ? null : token, null);
    }

    // ------------------------------------------------------------------ HTTP

    private static void expect(HttpResponse<String> reply, String what) throws IOException {
        if (reply.statusCode() / 100 != 2) {
            throw new IOException(what + " answered " + reply.statusCode() + ": " + reply.body());
        }
    }
}
