package org.opencpms.adapters.persistence.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time spent by this JVM and by the embedded PostgreSQL (its postmaster and every process it
 * started: backends, WAL writer, checkpointer, ...), so that a measurement can say how many
 * core-milliseconds one operation costs on each side. Unlike a rate, that figure hardly depends on
 * what else runs on the machine. Linux only ({@code /proc}); elsewhere {@link #available()} is false.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every common Linux. */
    private static final long TICKS_PER_SECOND = 100;

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

    boolean available() {
        return postmaster > 0 && Files.isDirectory(Path.of("/proc", String.valueOf(postmaster)));
    }

    /** A reading of both clocks. */
    Sample sample() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long jvm = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        return new Sample(jvm, available() ? postgresTicks() * (1_000_000_000L / TICKS_PER_SECOND) : -1);
    }

    private long postgresTicks() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long[] stat = stat(process);
                if (stat != null && (stat[0] == postmaster || stat[1] == postmaster)) {
                    ticks += stat[2];
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
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

    /** CPU nanoseconds of the JVM and of PostgreSQL at one moment; -1 where unknown. */
    record Sample(long jvmNanos, long postgresNanos) {

        /** "JVM ms / PostgreSQL ms" per operation between {@code earlier} and this sample, for {@code operations}. */
        String perOperation(Sample earlier, int operations) {
            return millis(jvmNanos, earlier.jvmNanos, operations) + " / " + millis(postgresNanos, earlier.postgresNanos, operations);
        }

        private static String millis(long now, long before, int operations) {
            return now < 0 || before < 0 ? "?" : String.format(java.util.Locale.ROOT, "%.2f", (now - before) / 1e6 / operations);
        }
    }
}
