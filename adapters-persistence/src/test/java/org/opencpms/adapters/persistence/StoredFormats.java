package org.opencpms.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fixtures under {@code src/test/resources/stored-formats}: data exactly as a deployment stored
 * it, one directory per format ({@code schema-41/outbox}: payloads named by the class name stored
 * before V43; {@code outbox}: payloads named {@code <stable name>.v<version>.json}; {@code panel/v1}: documents).
 */
public final class StoredFormats {

    private StoredFormats() {
    }

    /** The fixtures of one directory: file name without {@code .json} to content, in name order. */
    public static Map<String, String> in(String directory) {
        try (Stream<Path> files = Files.list(Path.of(StoredFormats.class.getResource("/stored-formats/" + directory).toURI()))) {
            Map<String, String> fixtures = new TreeMap<>();
            files.filter(f -> f.toString().endsWith(".json"))
                    .forEach(f -> fixtures.put(f.getFileName().toString().replaceFirst("\\.json$", ""), read(f)));
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
