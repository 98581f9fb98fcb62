package org.opencpms.adapters.dicom.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.StoredFile;

class FileSystemInstanceFilesTest {

    @TempDir
    Path root;

    private static final byte[] BYTES = "DICM and some pixels".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_file_is_kept_at_the_sha256_of_its_bytes_on_its_shelf_and_read_back() throws Exception {
        var files = new FileSystemInstanceFiles(root);

        var stored = files.write(out -> out.write(BYTES), Shelf.ARCHIVE);

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BYTES));
        assertThat(stored.address().sha256()).isEqualTo(sha);
        assertThat(stored.size()).isEqualTo(BYTES.length);
        assertThat(files.pathOf(stored.address(), Shelf.ARCHIVE))
                .isEqualTo(root.resolve("archive").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha + ".dcm"))
                .hasBinaryContent(BYTES);
        try (var in = files.open(stored.address(), Shelf.ARCHIVE).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(BYTES);
        }
        assertThat(files.open(stored.address(), Shelf.QUARANTINE)).isEmpty();
    }

    @Test
    void the_same_bytes_are_kept_once_and_each_shelf_apart() throws IOException {
        var files = new FileSystemInstanceFiles(root);

        var first = files.write(out -> out.write(BYTES), Shelf.ARCHIVE);
        var again = files.write(out -> out.write(BYTES), Shelf.ARCHIVE);
        files.write(out -> out.write(BYTES), Shelf.QUARANTINE);

        assertThat(again).isEqualTo(first);
        assertThat(keptFiles()).hasSize(2);
        assertThat(incoming()).isEmpty();
    }

    @Test
    void a_write_that_fails_halfway_leaves_no_file_anywhere() throws IOException {
        var files = new FileSystemInstanceFiles(root);

        assertThatThrownBy(() -> files.write(out -> {
            out.write(BYTES);
            throw new IOException("the sender went away");
        }, Shelf.ARCHIVE)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> files.write(out -> {
            out.write(BYTES);
            throw new IllegalStateException("not DICOM after all");
        }, Shelf.ARCHIVE)).isInstanceOf(IllegalStateException.class);

        assertThat(keptFiles()).isEmpty();
        assertThat(incoming()).isEmpty();
    }

    @Test
    void a_store_under_directories_that_do_not_exist_yet_creates_them() {
        Path deeper = root.resolve("not").resolve("there").resolve("yet");
        var files = new FileSystemInstanceFiles(deeper);

        var stored = files.write(out -> out.write(BYTES), Shelf.QUARANTINE);

        assertThat(files.pathOf(stored.address(), Shelf.QUARANTINE)).startsWith(deeper).hasBinaryContent(BYTES);
        assertThat(deeper.resolve("incoming")).isEmptyDirectory();
    }

    @Test
    void writers_racing_to_create_the_same_directories_all_keep_their_files() throws Exception {
        var files = new FileSystemInstanceFiles(root);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<StoredFile>>();
            for (int i = 0; i < 64; i++) {
                byte[] bytes = ("instance " + i).getBytes(StandardCharsets.US_ASCII);
                futures.add(pool.submit(() -> files.write(out -> out.write(bytes), Shelf.ARCHIVE)));
            }
            for (var future : futures) {
                assertThat(files.pathOf(future.get().address(), Shelf.ARCHIVE)).exists();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(keptFiles()).hasSize(64);
    }

    private Stream<Path> keptFiles() throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("incoming"))).toList().stream();
        }
    }

    private Stream<Path> incoming() throws IOException {
        try (var list = Files.list(root.resolve("incoming"))) {
            return list.toList().stream();
        }
    }
}
