package org.opencpms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The resident memory of a server process on Linux, from {@code /proc/<pid>/status}: {@code VmRSS} (now) and
 * {@code VmHWM} (its peak so far), in MiB; nothing when no process id is known.
 */
record ServerMemory(long rssMib, long peakMib) {

    static ServerMemory of(OptionalLong pid) throws IOException {
        if (pid.isEmpty()) {
            return new ServerMemory(-1, -1);
        }
        var status = Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"));
        return new ServerMemory(kib(status, "VmRSS:") / 1024, kib(status, "VmHWM:") / 1024);
    }

    private static long kib(java.util.List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + field + " in /proc/<pid>/status"));
    }

    /** {@code 612 MiB (peak 700 MiB)}, or {@code not measured (no server pid: -Dbench.pid)}. */
    String text() {
        return rssMib < 0 ? "not measured (no server process id: -Dbench.pid)"
                : String.format(Locale.ROOT, "%,d MiB (peak so far %,d MiB)", rssMib, peakMib);
    }
}
