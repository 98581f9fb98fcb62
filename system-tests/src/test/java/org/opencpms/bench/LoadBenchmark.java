package org.opencpms.bench;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load generator for a running OpenCPMS in training mode (not a test): virtual clinicians — health
 * professionals of the training centres, each with their own token — loop over a realistic mix of about 70 %
 * reads (my panels, a panel, the centre's patients, a patient, the inbox) and 30 % writes (enrolments, timeline
 * comments and chat messages on a case of their own, which each opens at the start) with an exponential think time between requests. First, with the same users and
 * think time, a trivial endpoint ({@code GET /api/health/live}) measures the server's own ceiling.
 *
 * <p>System properties: {@code bench.url} (http://127.0.0.1:8080), {@code bench.users} (50,200),
 * {@code bench.duration} (PT10M per clinician run), {@code bench.ceilingDuration} (PT2M), {@code bench.warmup} (PT30S), {@code bench.thinkMillis} (5000, the mean think
 * time of a clinician who reads what each request showed; 1000 makes a stress run),
 * {@code bench.report} (target/bench/load-benchmark.md). Run with {@code ./mvnw -B -pl system-tests -Pbench verify}.
 */
public final class LoadBenchmark {

    private static final List<String> CLINICIANS = List.of("hp.berlin", "hp.paris", "hp.milano", "hp.nijmegen",
            "hp.madrid");

    private final BenchClient http;
    private final long thinkMillis;

    private LoadBenchmark(String base, long thinkMillis) {
        this.http = new BenchClient(base);
        this.thinkMillis = thinkMillis;
    }

    public static void main(String[] args) throws Exception {
        var base = System.getProperty("bench.url", "http://127.0.0.1:8080");
        var users = List.of(System.getProperty("bench.users", "50,200").split(",")).stream().map(String::trim)
                .map(Integer::parseInt).toList();
        var duration = Duration.parse(System.getProperty("bench.duration", "PT10M"));
        var warmup = Duration.parse(System.getProperty("bench.warmup", "PT30S"));
        var ceilingDuration = Duration.parse(System.getProperty("bench.ceilingDuration", "PT2M"));
        var think = Long.parseLong(System.getProperty("bench.thinkMillis", "5000"));
        var report = Path.of(System.getProperty("bench.report", "target/bench/load-benchmark.md"));
        var bench = new LoadBenchmark(base, think);
        var out = new StringBuilder();
        out.append("# OpenCPMS load benchmark\n\n")
                .append("Server ").append(base).append(", started ").append(Instant.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores on the load generator's machine, ")
                .append("think time exponential with mean ").append(think).append(" ms, warm-up ").append(warmup)
                .append(", measured ").append(duration).append(" per clinician run, ").append(ceilingDuration)
                .append(" per ceiling run.\n\n");
        for (int n : users) {
            for (var scenario : List.of("ceiling", "clinicians")) {
                var result = bench.run(scenario, n, warmup, "ceiling".equals(scenario) ? ceilingDuration : duration);
                out.append(result);
                System.out.println(result); // a benchmark harness: its console is the operator's progress report
                Files.createDirectories(report.toAbsolutePath().getParent());
                Files.writeString(report, out);
            }
        }
        System.out.println("Report: " + report.toAbsolutePath()); // tells the operator where the report went
    }

    /** One measured run: {@code users} virtual users of a scenario for the warm-up, then the measured time. */
    private String run(String scenario, int users, Duration warmup, Duration duration) throws InterruptedException {
        var samples = new ConcurrentHashMap<String, List<Long>>();
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var measuring = new AtomicBoolean();
        var stopAt = new AtomicLong(Long.MAX_VALUE);
        var ready = new CountDownLatch(users);
        var done = new CountDownLatch(users);
        var loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < users; i++) {
            var account = CLINICIANS.get(i % CLINICIANS.size());
            var thread = new Thread(() -> {
                try {
                    var user = new VirtualClinician(account);
                    ready.countDown();
                    ready.await();
                    while (System.nanoTime() < stopAt.get()) {
                        think();
                        var started = System.nanoTime();
                        String op;
                        int status;
                        try {
                            var outcome = "ceiling".equals(scenario) ? user.ceiling() : user.next();
                            op = outcome.op();
                            status = outcome.status();
                        } catch (IOException e) {
                            op = "io-error";
                            status = -1;
                        }
                        var nanos = System.nanoTime() - started;
                        if (measuring.get()) {
                            samples.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(nanos);
                            if (status < 200 || status >= 300) {
                                errors.computeIfAbsent(op + " " + status, k -> new AtomicLong()).incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent("setup " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    ready.countDown();
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        ready.await();
        Thread.sleep(warmup.toMillis()); // the warm-up is a span of wall time by definition, not a wait for a condition
        var start = System.nanoTime();
        measuring.set(true);
        stopAt.set(start + duration.toNanos());
        done.await();
        var seconds = (System.nanoTime() - start) / 1e9;
        var loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return table(scenario, users, seconds, samples, errors, loadBefore, loadAfter);
    }

    private String table(String scenario, int users, double seconds, Map<String, List<Long>> samples,
                         Map<String, AtomicLong> errors, double loadBefore, double loadAfter) {
        var out = new StringBuilder();
        long total = samples.values().stream().mapToLong(List::size).sum();
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        out.append("## ").append(scenario).append(", ").append(users).append(" users\n\n")
                .append(String.format(Locale.ROOT, "%,d requests in %.0f s = **%.1f requests/s**, errors: **%d**, "
                        + "load average %.2f -> %.2f, server heap after the run: %s%n%n", total, seconds, total / seconds,
                        errorCount, loadBefore, loadAfter, heap()))
                .append("| operation | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        var all = new ArrayList<Long>();
        var reads = new ArrayList<Long>();
        for (var entry : new TreeMap<>(samples).entrySet()) {
            List<Long> values;
            synchronized (entry.getValue()) {
                values = new ArrayList<>(entry.getValue());
            }
            all.addAll(values);
            if (entry.getKey().startsWith("read")) {
                reads.addAll(values);
            }
            out.append(row(entry.getKey(), values));
        }
        if (!reads.isEmpty()) {
            out.append(row("**all reads**", reads));
        }
        out.append(row("**all**", all)).append('\n');
        if (!errors.isEmpty()) {
            out.append("Errors: ").append(new TreeMap<>(errors)).append("\n\n");
        }
        return out.toString();
    }

    private static String row(String name, List<Long> nanos) {
        var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "| " + name + " | 0 | | | | |\n";
        }
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", name, sorted.length,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private String heap() {
        try {
            var text = http.send("GET", "/api/metrics", null, null).body();
            var used = text.lines().filter(l -> l.startsWith("opencpms_jvm_heap_used_bytes ")).findFirst()
                    .map(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1).trim())).orElse(-1L);
            return used < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB used", used / 1024.0 / 1024.0);
        } catch (IOException e) {
            return "n/a";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a";
        }
    }

    private void think() throws InterruptedException {
        if (thinkMillis > 0) {
            // a clinician's think time between two requests: the load model itself, not a wait for a condition
            Thread.sleep((long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * thinkMillis));
        }
    }

    record Outcome(String op, int status) {
    }

    /** One signed-in clinician: their token, centre, panels and patients, and the next thing they do. */
    private final class VirtualClinician {

        private final String token;
        private final String centre;
        private final List<String> panels = new ArrayList<>();
        private final String ownPanel;
        private final List<String> patients = new ArrayList<>();

        VirtualClinician(String username) throws IOException, InterruptedException {
            this.token = http.trainingToken(username);
            var me = BenchClient.json(http.send("GET", "/api/me", token, null).body());
            var grant = me.getJsonArray("grants").getJsonObject(0);
            this.centre = grant.getString("centre");
            // the case this clinician comments on and chats about, as a lead does, so that writes spread over as many
            // panels as there are users
            this.ownPanel = http.openSubmittedPanel(token, centre, grant.getString("ern"), "Load test case");
            for (var item : BenchClient.json(http.send("GET", "/api/panels?limit=50", token, null).body()).getJsonArray("items")) {
                var id = item.asJsonObject().getString("id");
                panels.add(id);
            }
            refreshPatients();
        }

        Outcome ceiling() throws IOException, InterruptedException {
            return new Outcome("read trivial endpoint", http.send("GET", "/api/health/live", null, null).statusCode());
        }

        Outcome next() throws IOException, InterruptedException {
            var dice = ThreadLocalRandom.current().nextInt(100);
            if (dice < 20) {
                return new Outcome("read my panels", http.send("GET", "/api/panels?limit=20", token, null).statusCode());
            }
            if (dice < 45 && !panels.isEmpty()) {
                return new Outcome("read one panel", http.send("GET", "/api/panels/" + any(panels), token, null).statusCode());
            }
            if (dice < 60) {
                var reply = http.send("GET", "/api/patients?limit=50&centre=" + centre, token, null);
                return new Outcome("read centre's patients", reply.statusCode());
            }
            if (dice < 65 && !patients.isEmpty()) {
                return new Outcome("read one patient", http.send("GET", "/api/patients/" + any(patients), token, null)
                        .statusCode());
            }
            if (dice < 70) {
                return new Outcome("read inbox", http.send("GET", "/api/notifications?limit=20", token, null).statusCode());
            }
            if (dice < 80) {
                return new Outcome("write enrolment", http.send("POST", "/api/patients", token, BenchClient.enrolment(centre)).statusCode());
            }
            if (dice < 95) {
                var body = Json.createObjectBuilder().add("text", "Load test remark " + UUID.randomUUID()).build();
                return new Outcome("write timeline comment", http.send("POST", "/api/panels/" + ownPanel + "/timeline", token,
                        body.toString()).statusCode());
            }
            var body = Json.createObjectBuilder().add("text", "Load test chat " + UUID.randomUUID()).build();
            return new Outcome("write chat message", http.send("POST", "/api/panels/" + ownPanel + "/chat", token,
                    body.toString()).statusCode());
        }

        private void refreshPatients() throws IOException, InterruptedException {
            var page = BenchClient.json(http.send("GET", "/api/patients?limit=50&centre=" + centre, token, null).body());
            for (JsonValue item : page.getJsonArray("items")) {
                patients.add(item.asJsonObject().getString("id"));
            }
        }
    }

    private static String any(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
