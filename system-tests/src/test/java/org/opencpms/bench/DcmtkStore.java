package org.opencpms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * dcmtk as the hospital's PACS and as the reference peer: {@code storescu} sending every file of a set of directories,
 * one association per directory, all at once; {@code storescp} storing what it receives (nothing else: no parsing
 * beyond the network layer, no fsync), one process per association ({@code --fork}). {@code TCP_NODELAY=1} for both,
 * else Nagle's algorithm costs about 90 ms per instance.
 */
final class DcmtkStore {

    private DcmtkStore() {
    }

    /** Sends each directory's files in one association of its own, all associations at once; the seconds it took. */
    static double send(String callingAe, String calledAe, int port, List<Path> directories) throws IOException, InterruptedException {
        var senders = new ArrayList<Process>();
        var logs = new ArrayList<Path>();
        long start = System.nanoTime();
        for (Path directory : directories) {
            Path log = Files.createTempFile("storescu", ".log");
            logs.add(log);
            senders.add(dcmtk("storescu", "-aet", callingAe, "-aec", calledAe, "127.0.0.1", Integer.toString(port),
                    "+sd", directory.toString()).redirectOutput(log.toFile()).start());
        }
        for (Process sender : senders) {
            if (!sender.waitFor(30, TimeUnit.MINUTES)) {
                sender.destroyForcibly();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < senders.size(); i++) {
            String log = Files.readString(logs.get(i));
            Files.delete(logs.get(i));
            if (senders.get(i).exitValue() != 0 || log.lines().anyMatch(line -> line.startsWith("E:") || line.startsWith("F:"))) {
                throw new IllegalStateException("storescu to " + calledAe + " failed:\n" + log);
            }
        }
        return seconds;
    }

    /** A plain {@code storescp} on {@code port}, storing into {@code directory}, until destroyed. */
    static Process storescp(String aeTitle, int port, Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        var process = dcmtk("storescp", "--fork", "-aet", aeTitle, "-od", directory.toString(), Integer.toString(port))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // storescp says nothing when it listens: give it half a second to bind or die (a taken port kills it at once)
        Thread.sleep(500);
        if (!process.isAlive()) {
            throw new IllegalStateException("storescp did not start on port " + port);
        }
        return process;
    }

    private static ProcessBuilder dcmtk(String... command) {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TCP_NODELAY", "1");
        return builder;
    }
}
