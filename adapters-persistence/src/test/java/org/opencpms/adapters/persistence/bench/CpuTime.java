package org.opencpms.adapters.persistence.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time spent by this JVM and by the embedded PostgreSQL, split into the backends serving
 * the connections and the rest (postmaster, WAL writer, checkpointer, background writer,
 * autovacuum), so that a measurement can say how many core-milliseconds one operation costs on each
 * side. Unlike a rate, that figure hardly depends on what else runs on the machine. Linux only
 * ({@code /proc}); elsewhere the PostgreSQL figures are "?". A PostgreSQL process that ends between
 * two samples (an autovacuum worker) takes its time with it: the figures then count slightly less
 * than was spent, never more.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every common Linux. */
    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;

    private final long postmaster;

    /** @param dataDirectory the cluster's data directory, whose {@code postmaster.pid} names the postmaster */
    CpuTime(Path dataDirectory) {
        this.postmaster = postmasterPid(dataDirectory);
    }

    private static long postmasterPid(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private boolean available() {
        return postmaster > 0 && Files.isDirectory(Path.of("/proc", String.valueOf(postmaster)));
    }

    /** A reading of the JVM's clock and of every PostgreSQL process's. */
    Sample sample() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long jvm = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        return new Sample(jvm, available() ? postgresProcesses() : null);
    }

    /** pid → {ticks, 1 if a client backend else 0} of the postmaster and its children. */
    private Map<Long, long[]> postgresProcesses() {
        Map<Long, long[]> processes = new HashMap<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path process : all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long[] stat = stat(process);
                if (stat != null && (stat[0] == postmaster || stat[1] == postmaster)) {
                    processes.put(stat[0], new long[] {stat[2], isClientBackend(process) ? 1 : 0});
                }
            }
        } catch (IOException e) {
            return null;
        }
        return processes;
    }

    /** pid, parent pid and user + system ticks of a process, or null if it is gone. */
    private static long[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            // the command name (field 2) is in parentheses and may contain spaces: parse after its ')'
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            return new long[] {pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A backend serving a connection titles itself {@code postgres: <user> <database> <host>(<port>) <state>}. */
    private static boolean isClientBackend(Path process) {
        try {
            String title = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            return title.startsWith("postgres: ") && title.contains("(") && !title.contains("autovacuum");
        } catch (IOException e) {
            return false;
        }
    }

    /** The JVM's CPU nanoseconds (-1 if unknown) and the PostgreSQL processes' ticks (null if unknown) at one moment. */
    record Sample(long jvmNanos, Map<Long, long[]> postgres) {

        /**
         * "JVM ms / PostgreSQL ms (backends + other processes)" per operation between {@code earlier}
         * and this sample: each process's time since the earlier sample, or since it started.
         */
        String perOperation(Sample earlier, int operations) {
            String jvm = jvmNanos < 0 || earlier.jvmNanos < 0 ? "?" : millis(jvmNanos - earlier.jvmNanos, operations);
            if (postgres == null || earlier.postgres == null) {
                return jvm + " / ?";
            }
            long[] nanos = new long[2];
            postgres.forEach((pid, now) -> {
                long[] before = earlier.postgres.get(pid);
                nanos[(int) now[1]] += (now[0] - (before == null ? 0 : before[0])) * NANOS_PER_TICK;
            });
            return jvm + " / " + millis(nanos[0] + nanos[1], operations) + " (" + millis(nanos[1], operations) + " + "
                    + millis(nanos[0], operations) + ")";
        }

        private static String millis(long nanos, int operations) {
            return String.format(Locale.ROOT, "%.2f", nanos / 1e6 / operations);
        }
    }
}
