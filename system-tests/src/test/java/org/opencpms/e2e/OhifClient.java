package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * OHIF's DICOMweb client (npm {@code dicomweb-client}, as pinned in {@code src/test/node/dicomweb-client}) run with
 * the machine's node against the deployed {@code /dicomweb}: {@code client.mjs} stores a file as the uploader, then
 * finds and fetches as a panel member. Its dependencies are installed with {@code npm ci} when missing.
 */
final class OhifClient {

    private static final Path DIRECTORY = Path.of("src/test/node/dicomweb-client");
    /** Every answer the client received, for the leak check. */
    static final StringBuilder CAPTURED = new StringBuilder();

    private OhifClient() {
    }

    static JsonObject run(String uploaderToken, String memberToken, String pseudonym, byte[] file) throws Exception {
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules/dicomweb-client"))) {
            exec(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        Path upload = Files.createTempFile("dicomweb-upload", ".dcm");
        Path capture = Files.createTempFile("dicomweb-capture", ".txt");
        try {
            Files.write(upload, file);
            var node = new ProcessBuilder("node", "client.mjs");
            node.environment().putAll(java.util.Map.of("DICOMWEB_URL", DicomWeb.URL, "UPLOADER_TOKEN", uploaderToken,
                    "MEMBER_TOKEN", memberToken, "PATIENT_ID", pseudonym, "UPLOAD_FILE", upload.toString(),
                    "CAPTURE", capture.toString()));
            String out = exec(node, 120);
            synchronized (DicomWeb.ANSWERED) {
                CAPTURED.append(Files.readString(capture, StandardCharsets.ISO_8859_1));
            }
            String last = out.strip().lines().reduce((a, b) -> b).orElse("{}");
            try (var reader = Json.createReader(new StringReader(last))) {
                return reader.readObject();
            }
        } finally {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(capture);
        }
    }

    private static String exec(ProcessBuilder command, int seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("node-output", ".txt");
        try {
            var process = command.directory(DIRECTORY.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String out = Files.readString(output);
            assertThat(ended && process.exitValue() == 0).as("%s:%n%s", command.command(), out).isTrue();
            return out;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
