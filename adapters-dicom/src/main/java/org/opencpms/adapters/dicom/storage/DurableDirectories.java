package org.opencpms.adapters.dicom.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;

/**
 * Directories whose entries survive a crash: a directory is created together with the sync of the directory that
 * now lists it (every missing ancestor likewise), and {@link #sync} forces a directory's entries (a file renamed into
 * it) to disk. Concurrent calls for different files share the file system's journal commit (ext4 and XFS commit the
 * fsyncs that wait together at once), so they need no coordination here.
 */
final class DurableDirectories {

    private DurableDirectories() {
    }

    /** Creates the directory and its missing ancestors, each made durable in its parent before this returns. */
    static void create(Path directory) throws IOException {
        var missing = new ArrayDeque<Path>();
        for (Path d = directory; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.push(d);
        }
        while (!missing.isEmpty()) {
            Path created = missing.pop();
            try {
                Files.createDirectory(created);
            } catch (FileAlreadyExistsException raced) {
                // another writer created it at the same time; it syncs the parent too, and so do we
            }
            sync(created.getParent());
        }
    }

    /** Forces the entries of the directory (not the files they name) to disk. */
    static void sync(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
