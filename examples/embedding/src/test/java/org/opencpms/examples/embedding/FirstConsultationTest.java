package org.opencpms.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedding example is the README's, verbatim, and ends with the closed panel as the expert sees it. */
class FirstConsultationTest {

    private static final Path EXAMPLE = Path.of("src/main/java/org/opencpms/examples/embedding/FirstConsultation.java");
    private static final Path README = Path.of("../../README.md");

    @Test
    void the_readme_shows_this_example_verbatim() throws IOException {
        assertThat(Files.readString(README)).contains(Files.readString(EXAMPLE).strip());
    }

    @Test
    void the_example_closes_a_panel_and_the_expert_sees_the_nickname_and_the_outcome_but_no_name() {
        var out = new ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            FirstConsultation.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        var printed = out.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains(" is CLOSED", "Conclusion: Probable genetic SRNS (NPHS2).")
                .doesNotContain("Marie", "Dupont", "MRN-42");
    }
}
