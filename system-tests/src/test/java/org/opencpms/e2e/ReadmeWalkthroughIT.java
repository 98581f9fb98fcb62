package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The curl walkthrough of README.md works as written: its bash block (between the walkthrough markers) runs
 * against the deployed server in training mode and ends with the panel closed and its outcome printed.
 */
class ReadmeWalkthroughIT extends OnTheBuiltEar {

    @Test
    void the_readme_walkthrough_runs_from_enrolment_to_a_closed_panel() throws IOException, InterruptedException {
        var readme = Files.readString(Path.of(System.getProperty("opencpms.readme", "../README.md")));
        var section = readme.substring(readme.indexOf("<!-- walkthrough:start -->"),
                readme.indexOf("<!-- walkthrough:end -->"));
        var script = section.substring(section.indexOf("```bash") + "```bash".length(), section.lastIndexOf("```"));

        // in target/, where the walkthrough's outcome.pdf lands
        var process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true)
                .directory(Path.of("target").toFile());
        process.environment().put("API", Api.BASE + "/api");
        var running = process.start();
        var finished = running.waitFor(5, TimeUnit.MINUTES);
        var output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as(output).isTrue();
        assertThat(running.exitValue()).as(output).isZero();
        assertThat(output).contains("submission 200", "invitation/acceptance 200", "contributions 200",
                "outcome/finalisation 200", "closure 200", "ETag:",
                "outcome.pdf 200 application/pdf");
    }
}
