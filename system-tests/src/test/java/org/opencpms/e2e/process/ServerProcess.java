package org.opencpms.e2e.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built WildFly with the built EAR, started as run.sh starts it ({@code bin/standalone.sh -c
 * standalone-opencpms.xml} with its own {@code jboss.server.base.dir}, a port offset and system properties), as an
 * operating-system process that a test can kill with SIGKILL and start again on the same data.
 *
 * <pre>{@code
 * try (var server = ServerProcess.fresh(ServerSettings.training("crash-h2", 200))) {
 *     server.httpUrl();    // http://127.0.0.1:8280
 *     server.killJvm();    // SIGKILL to the server's java process
 *     server.start();      // again, on the same data
 * }                        // stopped (SIGTERM, then SIGKILL) whatever happened
 * }</pre>
 *
 * <p>Invariants: at most one JVM per instance runs at a time; {@link #killJvm()} kills the java process itself,
 * not only the standalone.sh wrapper; a started server is always stopped by {@link #close()}, and by a shutdown
 * hook should the test JVM end without closing it. The console output goes to {@code log/console.log} of the base
 * directory (appended across restarts).
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(600);
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(60);

    private final ServerSettings settings;
    private final ServerBase base;
    private final Thread stopOnExit = new Thread(this::stopQuietly, "stop-server-process");
    private ServerJvm running;

    private ServerProcess(ServerSettings settings) {
        this.settings = settings;
        this.base = ServerBase.of(settings);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts a server on empty data (the directory of an earlier run with this name is deleted first). */
    public static ServerProcess fresh(ServerSettings settings) {
        ServerBase.delete(settings.directory());
        var server = new ServerProcess(settings);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Starts a server on the data an earlier one of the same name left (nothing is deleted), e.g. the same server
     * again with other settings.
     */
    public static ServerProcess on(ServerSettings settings) {
        var server = new ServerProcess(settings);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** {@code http://127.0.0.1:<8080 + offset>}: the public port (API under {@code /api}). */
    public String httpUrl() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    /** {@code http://127.0.0.1:<9990 + offset>}: the management port (readiness, server metrics). */
    public String managementUrl() {
        return "http://127.0.0.1:" + settings.managementPort();
    }

    /** The server's JVM while it runs. */
    public Optional<ProcessHandle> jvm() {
        return Optional.ofNullable(running).map(ServerJvm::java);
    }

    /** Starts the server (again, on the same data after a kill or stop) and returns when it is ready. */
    public synchronized void start() {
        if (running != null) {
            throw new IllegalStateException("server " + settings.name() + " is already running");
        }
        base.prepare();
        try {
            running = ServerJvm.launch(command(), base, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + base.wildflyHome() + "/bin/standalone.sh", e);
        }
        try {
            new Readiness(base, settings.managementPort()).await(running.java(), START_DEADLINE);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    /** Kills the server's JVM with SIGKILL (no shutdown hook, nothing flushed) and waits until it is gone. */
    public synchronized void killJvm() {
        if (running == null) {
            throw new IllegalStateException("server " + settings.name() + " is not running");
        }
        running.kill();
        running = null;
    }

    /** Stops the server cleanly (SIGTERM to the JVM: WildFly's graceful shutdown), SIGKILL after a minute. */
    public synchronized void stop() {
        if (running != null) {
            running.stop(STOP_DEADLINE);
            running = null;
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops nothing more
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("could not stop server " + settings.name() + ": " + e);
        }
    }

    private List<String> command() {
        var command = new ArrayList<String>();
        command.add(base.wildflyHome().resolve("bin/standalone.sh").toString());
        command.add("-c");
        command.add("standalone-opencpms.xml");
        command.add("-Djboss.server.base.dir=" + settings.baseDir());
        command.add("-Djboss.socket.binding.port-offset=" + settings.portOffset());
        settings.systemProperties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        return command;
    }

}
