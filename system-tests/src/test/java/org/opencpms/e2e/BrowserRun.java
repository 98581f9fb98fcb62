package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one browser script of src/test/browser (Node.js with npm's playwright-core, driving Debian's Chromium; the
 * build installs the packages with npm ci) against the server under test, and reads the JSON report it prints.
 * The script gets its scenario in the environment variable {@code SCENARIO}, completed with the server's address
 * ({@code base}), the browser ({@code chromium}) and the screenshot directory ({@code target/screenshots/<name>}).
 * Its log goes to {@code target/browser/<script>.log}.
 */
final class BrowserRun {

    static final String NODE = System.getProperty("opencpms.e2e.node", "/usr/bin/node");
    static final String CHROMIUM = System.getProperty("opencpms.e2e.chromium", "/usr/bin/chromium");
    private static final Path SCRIPTS = Path.of("src", "test", "browser");

    private BrowserRun() {
    }

    /** What a script reports: every screen it checked, and its named checks ({@code name}, {@code passed}, {@code detail}). */
    record Report(List<JsonObject> screens, List<JsonObject> checks) {

        List<String> failed() {
            return checks.stream().filter(check -> !check.getBoolean("passed"))
                    .map(check -> check.getString("name") + " (" + check.getString("detail") + ")").toList();
        }

        /** The serious or critical axe-core violations of every screen, each with its user and screen. */
        List<String> seriousViolations() {
            return screens.stream().flatMap(screen -> screen.getJsonArray("violations")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                    .map(v -> screen.getString("user") + " " + screen.getString("name") + ": " + v)).toList();
        }
    }

    static Report run(String script, JsonObject scenario, String screenshots) {
        assertThat(Path.of(NODE)).as("Node.js (opencpms.e2e.node)").isExecutable();
        assertThat(SCRIPTS.resolve(Path.of("node_modules", "playwright-core"))).as("the browser tests' packages: "
                + "run npm ci in system-tests/src/test/browser (the build does, with the npm registry reachable)").isDirectory();
        assertThat(Path.of(CHROMIUM)).as("Chromium (opencpms.e2e.chromium; .ci/run installs Debian's chromium)")
                .isExecutable();
        var input = Json.createObjectBuilder(scenario).add("base", Api.BASE).add("chromium", CHROMIUM)
                .add("screenshots", Path.of("target", "screenshots", screenshots).toAbsolutePath().toString()).build();
        try {
            var log = Path.of("target", "browser", script + ".log");
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(NODE, script).directory(SCRIPTS.toFile()).redirectError(log.toFile());
            builder.environment().put("SCENARIO", input.toString());
            var process = builder.start();
            process.getOutputStream().close();
            var output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", script).isTrue();
            assertThat(process.exitValue()).as("%s exit status; its log:%n%s", script, Files.readString(log)).isZero();
            var report = Json.createReader(new StringReader(output.strip())).readObject();
            return new Report(report.getJsonArray("screens").getValuesAs(JsonObject.class),
                    report.getJsonArray("checks").getValuesAs(JsonObject.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
