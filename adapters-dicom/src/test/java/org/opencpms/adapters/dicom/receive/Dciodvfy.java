package org.opencpms.adapters.dicom.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * David Clunie's IOD validator (dicom3tools' {@code dciodvfy}, Debian package {@code dicom3tools}, installed by
 * {@code .ci/run}): the errors it reports for a Part 10 file. A missing tool fails the test that asks, it never skips it.
 */
final class Dciodvfy {

    private Dciodvfy() {
    }

    /**
     * What dciodvfy said of a file: the IOD it validated against (e.g. {@code CTImage}; empty if it recognised none)
     * and every "Error" line, attribute values left out so that errors compare across de-identification.
     */
    record Report(String iod, Set<String> errors) {
    }

    static Report of(byte[] file) throws IOException, InterruptedException {
        Path input = Files.createTempFile("dciodvfy", ".dcm");
        Path output = Files.createTempFile("dciodvfy", ".txt");
        try {
            Files.write(input, file);
            Process process;
            try {
                process = new ProcessBuilder("dciodvfy", input.toString()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError("dicom3tools' dciodvfy is not installed: apt-get install dicom3tools (.ci/run does)", e);
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dciodvfy ends").isTrue();
            var errors = new TreeSet<String>();
            String iod = "";
            for (String line : Files.readAllLines(output, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("Error")) {
                    errors.add(line.replaceAll("= <[^>]*>", "= <...>").strip());
                } else if (iod.isEmpty() && line.matches("[A-Z][A-Za-z0-9]+")) {
                    iod = line;
                }
            }
            return new Report(iod, errors);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }
}
