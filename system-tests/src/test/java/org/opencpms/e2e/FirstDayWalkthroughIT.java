package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first-day walkthrough of README.md works as written on a deployment that starts empty: PostgreSQL, training
 * mode off, the test provider's {@code operator} named in {@code opencpms.operators} (failsafe execution
 * {@code e2e-first-day-on-postgresql}). Its bash block (between the first-day markers) runs with tokens the test
 * OpenID Connect provider issues for the operator, a coordinator nobody has seen yet and a clinician signing in for the
 * first time.
 */
class FirstDayWalkthroughIT extends OnTheBuiltEar {

    @Test
    void the_operator_sets_up_a_network_its_coordinator_accepts_a_clinician_who_enrols_a_patient()
            throws IOException, InterruptedException {
        var readme = Files.readString(Path.of(System.getProperty("opencpms.readme", "../README.md")));
        var section = readme.substring(readme.indexOf("<!-- first-day:start -->"), readme.indexOf("<!-- first-day:end -->"));
        var script = section.substring(section.indexOf("```bash") + "```bash".length(), section.lastIndexOf("```"));
        var idp = TestIdentityProvider.get();
        var coordinator = "first-coordinator-" + UUID.randomUUID();

        var process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        process.environment().put("API", Api.BASE + "/api");
        process.environment().put("ISSUER", TestIdentityProvider.ISSUER);
        process.environment().put("OPERATOR_TOKEN", idp.token("operator", "Olga Operator"));
        process.environment().put("COORDINATOR_SUBJECT", coordinator);
        process.environment().put("COORDINATOR_TOKEN", idp.token(coordinator, "Dr Clara Coordinator"));
        process.environment().put("CLINICIAN_TOKEN", idp.token("first-clinician-" + UUID.randomUUID(), "Dr Hans Arzt"));
        var running = process.start();
        var finished = running.waitFor(3, TimeUnit.MINUTES);
        var output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as(output).isTrue();
        assertThat(running.exitValue()).as(output).isZero();
        assertThat(output).contains("\"OPERATOR\"", "acceptance 204").containsPattern("(?m)^[a-z]+-[a-z]+-\\d+$");
    }
}
