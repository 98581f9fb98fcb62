package org.opencpms.e2e.process;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of standalone.sh and the server JVM it launches. standalone.sh runs java as its child (after a few short
 * {@code java -version} probes); the server JVM is the descendant whose command line starts {@code org.jboss.as.standalone}, and it
 * is that process that is signalled, so that a kill is a kill of the server and not of the shell around it.
 */
final class ServerJvm {

    private static final Duration FIND_DEADLINE = Duration.ofSeconds(60);

    private final Process wrapper;
    private final ProcessHandle java;

    private ServerJvm(Process wrapper, ProcessHandle java) {
        this.wrapper = wrapper;
        this.java = java;
    }

    static ServerJvm launch(List<String> command, ServerBase base, ServerSettings settings) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.consoleLog().toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home.for.wildfly",
                System.getProperty("java.home")));
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
        var wrapper = builder.start();
        try {
            return new ServerJvm(wrapper, findJava(wrapper, settings));
        } catch (RuntimeException e) {
            wrapper.descendants().forEach(ProcessHandle::destroyForcibly);
            wrapper.destroyForcibly();
            throw e;
        }
    }

    ProcessHandle java() {
        return java;
    }

    /** SIGKILL to the server JVM; waits until it and the wrapper are gone. */
    void kill() {
        java.destroyForcibly();
        awaitEnd(Duration.ofSeconds(30));
    }

    /** SIGTERM to the server JVM (graceful shutdown), SIGKILL if it is still there after the deadline. */
    void stop(Duration deadline) {
        java.destroy();
        try {
            java.onExit().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            java.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            java.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        awaitEnd(Duration.ofSeconds(30));
    }

    private void awaitEnd(Duration deadline) {
        try {
            java.onExit().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (!wrapper.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                wrapper.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server to end", e);
        } catch (Exception e) {
            throw new IllegalStateException("the server JVM " + java.pid() + " did not end", e);
        }
    }

    private static ProcessHandle findJava(Process wrapper, ServerSettings settings) {
        var end = Instant.now().plus(FIND_DEADLINE);
        while (Instant.now().isBefore(end)) {
            Optional<ProcessHandle> java = wrapper.descendants().filter(ServerJvm::runsJbossModules).findFirst();
            if (java.isPresent()) {
                return java.get();
            }
            if (!wrapper.isAlive()) {
                throw new IllegalStateException("standalone.sh of server " + settings.name() + " ended with "
                        + wrapper.exitValue() + " before starting the JVM");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException("standalone.sh of server " + settings.name() + " started no server JVM");
    }

    private static boolean runsJbossModules(ProcessHandle process) {
        return process.info().commandLine().map(line -> line.contains("org.jboss.as.standalone")).orElse(false);
    }
}
