package org.opencpms.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.opencpms.e2e.process.ServerProcess;
import org.opencpms.e2e.process.ServerSettings;

/**
 * FHIR throughput (issue 9; not a test), pointable at any FHIR R4 base URL so that the same load runs against
 * another server: transaction Bundles ({@link FhirLoad}: 1 Patient + 10 Observations + 2 Conditions, and the Consents
 * and consultation OpenCPMS's domain demands) posted by wrk from 1 and from 4 clients, {@code GET Patient/{id}} and
 * {@code Patient?family=} (one patient of a family name of its own among every patient the load stored) over
 * {@code bench.connections} keep-alive connections; each as a ratio to a trivial endpoint measured first and last in
 * the same repetition; median of {@code bench.repeats} repetitions after a warm-up; the server's resident memory
 * ({@link ServerMemory}) at rest ({@code bench.settle} after the benchmark began, before anything is sent) and after
 * the load.
 *
 * <p>System properties: {@code bench.fhir} ({@code start}: the benchmark starts the built product itself, training
 * mode on H2, as {@link DicomIngest} does; or a FHIR base URL, e.g. {@code http://127.0.0.1:8080/fhir} of
 * {@code ./run.sh}), {@code bench.token} (empty: a training token of hp.berlin from the base URL's server; {@code none}:
 * no Authorization header; anything else: the bearer token itself), {@code bench.trivial} (empty: {@code
 * /api/health/live} of the base URL's server), {@code bench.pid} (the server's process id, for its memory; the
 * started product's own by default), {@code bench.ern} (ERKNET), {@code bench.ingestClients} (1,4),
 * {@code bench.connections} (8), {@code bench.readDuration} (PT30S per run), {@code bench.repeats} (3), {@code
 * bench.settle} (PT20S),
 * {@code bench.report} (target/bench/fhir-throughput.md). Run with {@code ./mvnw -B -pl system-tests -am -Pbench
 * verify -Dbench.persistence.skip=true -Dbench.main=org.opencpms.bench.FhirThroughput}.
 */
public final class FhirThroughput {

    private final FhirTarget target;
    private final Duration duration = Duration.parse(System.getProperty("bench.readDuration", "PT30S"));
    private final int connections = Integer.getInteger("bench.connections", 8);
    private long bundlesStored;

    private FhirThroughput(FhirTarget target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        var fhir = System.getProperty("bench.fhir", "start");
        if (!"start".equals(fhir)) {
            var pid = System.getProperty("bench.pid", "");
            new FhirThroughput(FhirTarget.at(fhir, pid.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(pid))))
                    .run();
            return;
        }
        try (var server = ServerProcess.fresh(ServerSettings.training("fhir-bench", 750))) {
            var pid = server.jvm().orElseThrow().pid();
            new FhirThroughput(FhirTarget.at(server.httpUrl() + "/fhir", OptionalLong.of(pid))).run();
        }
    }

    private void run() throws Exception {
        Thread.sleep(Duration.parse(System.getProperty("bench.settle", "PT20S")).toMillis()); // started: at rest
        var atRest = ServerMemory.of(target.pid());
        int repeats = Integer.getInteger("bench.repeats", 3);
        var report = new FhirReport(String.format(Locale.ROOT, "# FHIR throughput%n%nServer %s, %s; wrk, %s per run, reads"
                        + " and searches over %d connections; median of %d repetitions; ratio = 2xx answers/s over the"
                        + " first run of the trivial endpoint (%s) in the same repetition.", target.base(), Instant.now(),
                duration, connections, repeats, target.trivial()));
        var ern = System.getProperty("bench.ern", "ERKNET");
        var family = "Readable" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var patient = target.postOne(FhirLoad.transaction(family, ern));
        bundlesStored = 1;
        var read = "/Patient/" + patient;
        var search = "/Patient?family=" + family;
        var warmUp = Duration.ofSeconds(10); // not reported: the server's JIT, its pools, the validator's definitions
        var load = FhirLoad.transaction("Ingest", ern);
        ingest(load, 4, warmUp);
        target.wrk(target.trivial(), connections, warmUp, null);
        target.wrk(target.base() + read, connections, warmUp, null);
        target.wrk(target.base() + search, connections, warmUp, null);
        for (int repeat = 1; repeat <= repeats; repeat++) {
            var first = target.wrk(target.trivial(), connections, duration, null);
            double ceiling = first.okRate();
            report.repetition(repeat, first, bundlesStored);
            for (var clients : clients()) {
                report.add("transaction bundles, " + clients + (clients == 1 ? " client" : " clients"),
                        ingest(load, clients, duration), ceiling);
            }
            report.add("GET Patient/{id}", target.wrk(target.base() + read, connections, duration, null), ceiling);
            report.add("Patient?family= (1 match)", String.format(Locale.ROOT, "Patient?family= (1 match among the %,d"
                    + " patients stored by the benchmark)", bundlesStored),
                    target.wrk(target.base() + search, connections, duration, null), ceiling);
            report.row("trivial endpoint (last)", target.wrk(target.trivial(), connections, duration, null), ceiling);
        }
        report.memory(atRest, ServerMemory.of(target.pid()));
        report.write(Path.of(System.getProperty("bench.report", "target/bench/fhir-throughput.md")));
    }

    /** Posts the load's transactions, each with a medical record number of its own (a new script per run). */
    private Wrk.Run ingest(String load, int clients, Duration length) throws Exception {
        var script = Wrk.postScript(load, FhirLoad.MRN, "MRN-", "application/fhir+json",
                Path.of("target/bench/fhir-transaction.lua"));
        var run = target.wrk(target.base(), clients, length, script);
        bundlesStored += run.requests() - run.non2xx();
        return run;
    }

    private static int[] clients() {
        return Arrays.stream(System.getProperty("bench.ingestClients", "1,4").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
    }

    /** The scheme, host and port of a URL. */
    static String origin(String url) {
        var uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
