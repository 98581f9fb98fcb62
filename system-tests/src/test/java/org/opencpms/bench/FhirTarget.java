package org.opencpms.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The FHIR server {@link FhirThroughput} drives: its base URL, the trivial endpoint to compare with
 * ({@code bench.trivial}, by default OpenCPMS's {@code /api/health/live} at the base's origin), the bearer token of
 * its requests ({@code bench.token}: empty for a training token of hp.berlin, fetched anew for each run; {@code none};
 * or the token itself) and the process id whose memory is read.
 */
final class FhirTarget {

    private final String base;
    private final String trivial;
    private final String token;
    private final OptionalLong pid;
    private final BenchClient origin;

    private FhirTarget(String base, String trivial, String token, OptionalLong pid) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.trivial = trivial;
        this.token = token;
        this.pid = pid;
        this.origin = new BenchClient(FhirThroughput.origin(base));
    }

    static FhirTarget at(String base, OptionalLong pid) {
        var trivial = System.getProperty("bench.trivial", "");
        return new FhirTarget(base, trivial.isBlank() ? FhirThroughput.origin(base) + "/api/health/live" : trivial,
                System.getProperty("bench.token", ""), pid);
    }

    String base() {
        return base;
    }

    String trivial() {
        return trivial;
    }

    OptionalLong pid() {
        return pid;
    }

    /**
     * Posts one transaction of the load ({@link FhirLoad#MRN} replaced by a fresh number), waiting as long as a
     * server's first validated request may take, and returns the id of the Patient it stored.
     */
    String postOne(String transaction) throws IOException, InterruptedException {
        var reply = new BenchClient(base, Duration.ofMinutes(5))
                .send("POST", "", bearer(), transaction.replace(FhirLoad.MRN, "MRN-" + UUID.randomUUID()));
        if (reply.statusCode() / 100 != 2) {
            throw new IOException("the first transaction answered " + reply.statusCode() + ": " + reply.body());
        }
        var location = BenchClient.json(reply.body()).getJsonArray("entry").getJsonObject(0).getJsonObject("response")
                .getString("location"); // Patient/<id>, or Patient/<id>/_history/<version>
        return location.split("/")[1];
    }

    /** A wrk run against {@code url} ({@code script}: null or the requests to make); the trivial endpoint has no token. */
    Wrk.Run wrk(String url, int connections, Duration duration, Path script) throws IOException, InterruptedException {
        return Wrk.run(url, connections, duration, url.equals(trivial) ? null : bearer(), script);
    }

    private String bearer() throws IOException, InterruptedException {
        if (token.isBlank()) {
            return origin.trainingToken("hp.berlin");
        }
        return "none".equals(token) ? null : token;
    }
}
