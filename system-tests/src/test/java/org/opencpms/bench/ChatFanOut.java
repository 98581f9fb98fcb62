package org.opencpms.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * 200) follow one panel's chat, hp.berlin posts {@code bench.messages} messages (default 30) one after the other, and
 * each message's delivery latency to every client is measured from just before its POST to its arrival (p50/p99/max
 * over all deliveries). Reference in the same run: the round trip of the POST itself (the commit of the message).
 * The connections are spread over HTTP clients of {@code bench.connectionsPerClient} (default 25) each, so that the
 * client's reading is not one selector thread for all 200 (a real audience is 200 browsers).
 * {@code ./mvnw -B -pl system-tests -Pbench verify -Dbench.main=org.opencpms.bench.ChatFanOut}; report in
 * {@code target/bench/chat-fan-out.md}.
 */
public final class ChatFanOut {

    private ChatFanOut() {
    }

    public static void main(String[] args) throws Exception {
        var http = new BenchClient(System.getProperty("bench.url", "http://127.0.0.1:8080"));
        int clients = Integer.getInteger("bench.clients", 200);
        int messages = Integer.getInteger("bench.messages", 30);
        int perClient = Integer.getInteger("bench.connectionsPerClient", 25);
        var report = Path.of(System.getProperty("bench.report", "target/bench/chat-fan-out.md"));
        var berlin = http.trainingToken("hp.berlin");
        var paris = http.trainingToken("hp.paris");
        var api = Api.at(http.base());
        var panel = TrainingChat.panelOfBerlinAndParis(api, berlin, paris);

        Map<String, Long> postedAt = new ConcurrentHashMap<>();
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
                            var sent = postedAt.get(event.id());
                            if (sent != null) {
                                latencies.add(event.receivedAt() - sent);
                            }
                        }));
            }
            for (var follower : followers) {
                if (follower.response().statusCode() != 200) {
                    throw new IOException("a follower was refused: " + follower.response().statusCode());
                }
            }
            var postRoundTrips = new ArrayList<Long>();
            for (int m = 0; m < messages; m++) {
                long next = TrainingChat.newestPosition(api, panel, berlin) + 1;
                long before = System.nanoTime();
                postedAt.put(Long.toString(next), before);
                var posted = http.send("POST", "/api/panels/" + panel + "/chat", berlin,
                        Json.createObjectBuilder().add("text", "fan-out " + m).build().toString());
                postRoundTrips.add(System.nanoTime() - before);
                if (posted.statusCode() != 201) {
                    throw new IOException("posting answered " + posted.statusCode() + " " + posted.body());
                }
                // pacing of the benchmark load (one message every 300 ms), then a grace period for the last deliveries
                // to arrive
                Thread.sleep(300);
            }
            Thread.sleep(2_000);
            var out = report(http.base(), clients, perClient, messages, new ArrayList<>(latencies), postRoundTrips);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, out, StandardCharsets.UTF_8);
            System.out.println(out); // a benchmark harness: its console is the operator's report
        } finally {
            followers.forEach(SseClient::close);
        }
    }

    private static String report(String base, int clients, int perClient, int messages, List<Long> latencies, List<Long> roundTrips) {
        int expected = clients * messages;
        return String.format(Locale.ROOT, "# OpenCPMS live chat fan-out%n%nServer %s, %s: %d SSE clients follow one"
                        + " chat (%d per HTTP client), %d messages posted one after the other (300 ms apart).%n%n"
                        + "| measure | p50 | p99 | max | count |%n|---|---:|---:|---:|---:|%n"
                        + "| delivery latency (POST sent -> event at the client) | %s | %s | %s | %d of %d |%n"
                        + "| reference: POST round trip (commit) | %s | %s | %s | %d |%n",
                base, Instant.now(), clients, perClient, messages,
                ms(latencies, 50), ms(latencies, 99), ms(latencies, 100), latencies.size(), expected,
                ms(roundTrips, 50), ms(roundTrips, 99), ms(roundTrips, 100), roundTrips.size());
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
