package org.opencpms.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.SseClient;
import org.opencpms.e2e.TrainingChat;

/**
 * SSE fan-out of the live chat against a running server in training mode: {@code bench.clients} connections (default
 * 200) follow one panel's chat, hp.berlin first posts {@code bench.chatWarmup} messages (default 20, delivered but not
 * measured: the warm path is measured), then {@code bench.messages} messages (default 30) one after the other, 300 ms
 * apart; each message's delivery latency to every client is measured from just before its POST to its arrival
 * (p50/p99/max over all deliveries). Reference in the same run: the round trip of the POST itself (the commit of the
 * message). Breakdown per message, from the client's clock only: from the POST's answer (the message accepted) to the
 * first and to the last client receiving it, and the spread between the two (the fan-out's own width).
 * The connections are spread over HTTP clients of {@code bench.connectionsPerClient} (default 25) each, so that the
 * client's reading is not one selector thread for all 200 (a real audience is 200 browsers).
 * {@code ./mvnw -B -pl system-tests -Pbench verify -Dbench.main=org.opencpms.bench.ChatFanOut}; report in
 * {@code target/bench/chat-fan-out.md}.
 */
public final class ChatFanOut {

    /**
     * The benchmark's load: one message every 300 ms (warm-up and measured alike), as a lively chat would send them, so
     * that each message's fan-out is measured on its own rather than queued behind the previous one's. A pacing of the
     * load, not a wait for a result: every delivery is awaited by its own clock.
     */
    private static final long PACING_MILLIS = 300;

    private ChatFanOut() {
    }

    /** The client-side clock of one message: POST sent and answered, first and last arrival (nanoTime). */
    private static final class Timing {
        final long sent;
        volatile long accepted;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int arrivals;

        Timing(long sent) {
            this.sent = sent;
        }

        synchronized void arrived(long at) {
            first = Math.min(first, at);
            last = Math.max(last, at);
            arrivals++;
        }
    }

    public static void main(String[] args) throws Exception {
        var http = new BenchClient(System.getProperty("bench.url", "http://127.0.0.1:8080"));
        int clients = Integer.getInteger("bench.clients", 200);
        int messages = Integer.getInteger("bench.messages", 30);
        int warmup = Integer.getInteger("bench.chatWarmup", 20);
        int perClient = Integer.getInteger("bench.connectionsPerClient", 25);
        var report = Path.of(System.getProperty("bench.report", "target/bench/chat-fan-out.md"));
        var berlin = http.trainingToken("hp.berlin");
        var paris = http.trainingToken("hp.paris");
        var api = Api.at(http.base());
        var panel = TrainingChat.panelOfBerlinAndParis(api, berlin, paris);

        Map<String, Timing> measured = new ConcurrentHashMap<>();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var followers = new ArrayList<SseClient>();
        try {
            var httpClients = new ArrayList<HttpClient>();
            for (int i = 0; i < clients; i++) {
                if (i % perClient == 0) {
                    httpClients.add(SseClient.newHttpClient());
                }
                followers.add(SseClient.open(httpClients.get(httpClients.size() - 1), http.base(), "/api/panels/" + panel + "/chat/stream", paris, null,
                        event -> {
                            var timing = measured.get(event.id());
                            if (timing != null) {
                                latencies.add(event.receivedAt() - timing.sent);
                                timing.arrived(event.receivedAt());
                            }
                        }));
            }
            for (var follower : followers) {
                if (follower.response().statusCode() != 200) {
                    throw new IOException("a follower was refused: " + follower.response().statusCode());
                }
            }
            for (int m = 0; m < warmup; m++) {
                post(http, panel, berlin, "warm-up " + m);
                Thread.sleep(PACING_MILLIS);
            }
            var timings = new ArrayList<Timing>();
            for (int m = 0; m < messages; m++) {
                long next = TrainingChat.newestPosition(api, panel, berlin) + 1;
                var timing = new Timing(System.nanoTime());
                measured.put(Long.toString(next), timing);
                post(http, panel, berlin, "fan-out " + m);
                timing.accepted = System.nanoTime();
                timings.add(timing);
                // pacing of the benchmark load (one message every 300 ms), then a grace period for the last deliveries
                // to arrive
                Thread.sleep(PACING_MILLIS);
            }
            Thread.sleep(2_000);
            var out = report(http.base(), clients, perClient, warmup, messages, new ArrayList<>(latencies), timings);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, out, StandardCharsets.UTF_8);
            System.out.println(out); // a benchmark harness: its console is the operator's report
        } finally {
            followers.forEach(SseClient::close);
        }
    }

    private static void post(BenchClient http, String panel, String token, String text)
            throws IOException, InterruptedException {
        var posted = http.send("POST", "/api/panels/" + panel + "/chat", token,
                Json.createObjectBuilder().add("text", text).build().toString());
        if (posted.statusCode() != 201) {
            throw new IOException("posting answered " + posted.statusCode() + " " + posted.body());
        }
    }

    private static String report(String base, int clients, int perClient, int warmup, int messages,
                                 List<Long> latencies, List<Timing> timings) {
        int expected = clients * messages;
        var roundTrips = new ArrayList<Long>();
        var toFirst = new ArrayList<Long>();
        var toLast = new ArrayList<Long>();
        var spread = new ArrayList<Long>();
        int complete = 0;
        for (var t : timings) {
            roundTrips.add(t.accepted - t.sent);
            synchronized (t) {
                if (t.arrivals > 0) {
                    toFirst.add(t.first - t.accepted);
                    toLast.add(t.last - t.accepted);
                    spread.add(t.last - t.first);
                }
                complete += t.arrivals == clients ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "# OpenCPMS live chat fan-out%n%nServer %s, %s: %d SSE clients follow one"
                        + " chat (%d per HTTP client), %d warm-up messages (not measured), then %d messages posted one"
                        + " after the other (%d ms apart); %d of them reached every client.%n%n"
                        + "| measure | p50 | p99 | max | count |%n|---|---:|---:|---:|---:|%n"
                        + "| delivery latency (POST sent -> event at the client) | %s | %s | %s | %d of %d |%n"
                        + "| reference: POST round trip (commit) | %s | %s | %s | %d |%n"
                        + "| per message: POST answered -> first client has it | %s | %s | %s | %d |%n"
                        + "| per message: POST answered -> last client has it | %s | %s | %s | %d |%n"
                        + "| per message: first -> last client (fan-out width) | %s | %s | %s | %d |%n",
                base, Instant.now(), clients, perClient, warmup, messages, PACING_MILLIS, complete,
                ms(latencies, 50), ms(latencies, 99), ms(latencies, 100), latencies.size(), expected,
                ms(roundTrips, 50), ms(roundTrips, 99), ms(roundTrips, 100), roundTrips.size(),
                ms(toFirst, 50), ms(toFirst, 99), ms(toFirst, 100), toFirst.size(),
                ms(toLast, 50), ms(toLast, 99), ms(toLast, 100), toLast.size(),
                ms(spread, 50), ms(spread, 99), ms(spread, 100), spread.size());
    }

    private static String ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(Math.max(0, index)) / 1e6);
    }
}
