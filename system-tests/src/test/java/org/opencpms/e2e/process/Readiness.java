package org.opencpms.e2e.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until a starting server is ready: the deployment scanner wrote {@code opencpms.ear.deployed} and the
 * management port's {@code /health/ready} answers 200 (WildFly's own checks and the application's: database
 * reachable, schema migrated). Fails at once when the deployment failed or the JVM ended, and after the deadline.
 */
final class Readiness {

    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(250);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServerBase base;
    private final URI ready;

    Readiness(ServerBase base, int managementPort) {
        this.base = base;
        this.ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
    }

    void await(ProcessHandle jvm, Duration deadline) {
        var end = Instant.now().plus(deadline);
        while (Instant.now().isBefore(end)) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("the server JVM ended while starting; see " + base.consoleLog());
            }
            if (Files.exists(base.failedMarker())) {
                throw new IllegalStateException("the EAR failed to deploy: " + read(base.failedMarker().toString())
                        + "; see " + base.consoleLog());
            }
            if (Files.exists(base.deployedMarker()) && readyAnswers200()) {
                return;
            }
            LockSupport.parkNanos(BETWEEN_ATTEMPTS.toNanos());
        }
        throw new IllegalStateException("the server was not ready within " + deadline + "; see " + base.consoleLog());
    }

    private boolean readyAnswers200() {
        try {
            var request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(java.nio.file.Path.of(file));
        } catch (IOException e) {
            return "(unreadable marker)";
        }
    }
}
