package org.opencpms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The floor under a durable store on this disk, measured in the same run: each file written to a temporary file,
 * its data forced to disk ({@code force(false)}), renamed into place and its directory forced — what the OpenCPMS file store does before it answers
 * success — one thread per directory, as one association per directory would. No network, no DICOM, no database.
 */
final class DurableWrites {

    private DurableWrites() {
    }

    /** Writes every file of the directories durably into {@code target}; the seconds it took. */
    static double write(List<Path> directories, Path target) throws InterruptedException {
        var threads = directories.stream().map(directory -> new Thread(() -> writeAll(directory, target))).toList();
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void writeAll(Path directory, Path target) {
        try (var files = Files.list(directory)) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Path temporary = target.resolve(directory.getFileName() + "-" + file.getFileName() + ".tmp");
                try (var channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(Files.readAllBytes(file)));
                    channel.force(false);
                }
                Files.move(temporary, target.resolve(System.nanoTime() + ".dcm"), StandardCopyOption.ATOMIC_MOVE);
                try (var folder = FileChannel.open(target, StandardOpenOption.READ)) {
                    folder.force(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
