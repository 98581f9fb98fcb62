package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MADRID;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A panel's printed documents over REST: a member fetches the outcome ({@code GET /api/panels/{id}/outcome}) and
 * the consultation form ({@code GET /api/panels/{id}/form}) with {@code Accept: application/pdf}, and the PDF, read
 * back with poppler-utils, names the patient by nickname and carries the outcome, but none of the identifying data
 * planted at enrolment. Who may not see the panel gets the same 404 as for a panel that does not exist. Printing
 * leaves no warning, error or stack trace in the server log.
 */
class PanelDocumentsIT extends OnTheBuiltEar {

    private static final String PDF = "application/pdf";

    @Test
    void a_member_fetches_the_outcome_as_a_pdf_with_the_nickname_and_the_outcome_and_no_identifying_data()
            throws IOException {
        var run = Clinic.unique();
        var patient = Clinic.enrol(HP_BERLIN, HP_BERLIN, "Qpdfgiven" + run, "Qpdffamily" + run,
                LocalDate.of(1979, 11, 23), "QPDF-" + run);
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Printed probe " + run));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        panel.change(HP_BERLIN, "POST", "/assessment", null);
        panel.change(HP_PARIS, "POST", "/contributions", J.obj("text", "Test COL4A5 first."));
        panel.change(HP_BERLIN, "POST", "/sign-off", null);
        var noOutcomeYet = Api.download(panel.path("/outcome"), token(HP_PARIS), PDF);
        assertThat(noOutcomeYet.status()).as(noOutcomeYet.text()).isEqualTo(404);
        assertThat(noOutcomeYet.text()).contains("panel.outcome-not-found");
        panel.change(HP_BERLIN, "PUT", "/outcome", J.obj("conclusion", "Alport syndrome " + run,
                "recommendations", "Genetic testing of COL4A5.", "treatmentPlan", "ACE inhibitor."));
        panel.change(HP_PARIS, "POST", "/outcome/reviews", J.obj("agreement", "AGREE", "comment", "Agreed."));
        panel.change(HP_BERLIN, "POST", "/outcome/finalisation", null);
        var secrets = secrets(patient);
        var log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        var logBefore = Files.size(log);

        var outcome = Api.download(panel.path("/outcome"), token(HP_PARIS), PDF);

        assertThat(outcome.status()).as(outcome.text()).isEqualTo(200);
        assertThat(outcome.header("Content-Type")).startsWith(PDF);
        assertThat(outcome.header("Content-Disposition")).contains(patient.nickname() + "-outcome.pdf");
        var text = Pdfs.text(outcome.body());
        assertThat(text).contains(patient.nickname(), "Final outcome", "Alport syndrome " + run,
                "Genetic testing of COL4A5.", "ACE inhibitor.", "Agrees", "Agreed.", "Which treatment fits best?");
        assertThat(IdentityLeakIT.secretsIn(text, secrets)).isEmpty();
        var page = Pdfs.firstPage(outcome.body());
        assertThat(page.getHeight()).isGreaterThan(page.getWidth());

        var form = Api.download(panel.path("/form"), token(HP_PARIS), PDF);
        assertThat(form.status()).as(form.text()).isEqualTo(200);
        var formText = Pdfs.text(form.body());
        assertThat(formText).contains(patient.nickname(), "Printed probe " + run, "Medical history",
                "Proteinuria since the age of three.", "ICD-10", "N04.1");
        assertThat(IdentityLeakIT.secretsIn(formText, secrets)).isEmpty();

        for (var path : new String[] {"/outcome", "/form"}) {
            var outsider = Api.download(panel.path(path), token(HP_MADRID), PDF);
            assertThat(outsider.status()).as(path + " as an outsider: " + outsider.text()).isEqualTo(404);
            assertThat(outsider.header("Content-Type")).startsWith("application/problem+json");
            var nobody = Api.download("/api/panels/" + java.util.UUID.randomUUID() + path, token(HP_PARIS), PDF);
            assertThat(nobody.status()).isEqualTo(404);
        }
        var json = Api.download(panel.path("/outcome"), token(HP_PARIS), "application/json");
        assertThat(json.status()).as("the outcome's JSON is part of the panel's: " + json.text()).isEqualTo(406);
        assertThat(appendedSince(log, logBefore)).as("server.log while printing")
                .doesNotContain(" WARN ").doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    private static String appendedSince(Path log, long offset) throws IOException {
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            var bytes = new byte[(int) Math.min(file.length() - offset, 1_000_000)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Set<String> secrets(Clinic.Enrolled patient) {
        var secrets = new HashSet<>(Set.of(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
        secrets.addAll(IdentityLeakIT.dateForms(patient.dateOfBirth()));
        return secrets;
    }
}
