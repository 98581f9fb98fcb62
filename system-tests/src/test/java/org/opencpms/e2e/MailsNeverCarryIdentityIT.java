package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every mail of a whole consultation, scanned for the patient's identity: a patient with distinctive identifying data
 * (as IdentityLeakIT plants them) goes through invitation, a data request and its answer, a meeting scheduled, moved
 * and cancelled (with their calendar invitations), sign-off, the final outcome, and a second panel forwarded to another
 * ERN; every mail then received (headers, text, HTML and calendar parts, decoded) carries the nickname at most, never
 * a name, the hospital identifier, the birth date in any common form, nor the clinical question.
 */
class MailsNeverCarryIdentityIT extends OnTheBuiltEar {

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(MailNotificationsIT.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void no_mail_of_a_whole_consultation_carries_the_patients_identity() {
        var run = Clinic.unique();
        var birth = LocalDate.of(1947, 11, 23);
        var patient = Clinic.enrol(HP_BERLIN, HP_BERLIN, "Mlgiven" + run, "Mlfamily" + run, birth, "MLH-" + run);
        var question = "Mail probe question " + run;
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm(question));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        panel.change(HP_BERLIN, "POST", "/assessment", null);
        var requested = panel.change(HP_PARIS, "POST", "/data-requests", J.obj("text", "Labs please."), 201);
        var request = requested.json().getJsonArray("dataRequests").getJsonObject(0).getString("id");
        panel.change(HP_BERLIN, "POST", "/data-requests/" + request + "/answer", J.obj("text", "Attached."));
        var start = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var scheduled = panel.change(HP_BERLIN, "POST", "/meetings", J.obj("start", start.toString(), "durationMinutes",
                30, "attendees", J.arr(id(HP_BERLIN), id(HP_PARIS)), "videoLink", "https://video.example.org/m"), 201);
        var meeting = scheduled.json().getJsonArray("meetings").getJsonObject(0).getString("id");
        panel.change(HP_BERLIN, "PUT", "/meetings/" + meeting, J.obj("start", start.plus(1, ChronoUnit.HOURS).toString(),
                "durationMinutes", 45));
        panel.change(HP_BERLIN, "DELETE", "/meetings/" + meeting, null);
        panel.change(HP_BERLIN, "POST", "/sign-off", null);
        panel.change(HP_BERLIN, "PUT", "/outcome", J.obj("conclusion", "Conclusion."));
        panel.change(HP_PARIS, "POST", "/outcome/reviews", J.obj("agreement", "AGREE"));
        panel.change(HP_BERLIN, "POST", "/outcome/finalisation", null);
        var second = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm(question));
        second.change(HP_BERLIN, "POST", "/submission", null);
        var forwarded = second.attempt(COORDINATOR_ERKNET, "POST", "/forwarding", J.obj("ern", "ITHACA", "reason", "fits"));
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(204);

        var mails = settledMailsAbout(List.of(panel.id(), second.id()), 6);

        var planted = List.of(patient.givenName(), patient.familyName(), patient.hospitalIdentifier(), question,
                birth.toString(), birth.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                birth.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), birth.format(DateTimeFormatter.ofPattern("yyyyMMdd")));
        assertThat(mails).as("the mails about the two panels, settled").isNotNull();
        assertThat(mails).anyMatch(m -> m.contains(patient.nickname()));
        for (var mail : MailText.ofAll(smtp.getReceivedMessages())) {
            for (var value : planted) {
                assertThat(mail).as("a mail carries the planted %s", value).doesNotContain(value);
            }
        }
    }

    /** The decoded mails that name one of the panels, once at least {@code least} arrived and no more came for 6 s. */
    private static List<String> settledMailsAbout(List<String> panels, int least) {
        return Poll.until(Duration.ofSeconds(120), () -> {
            var before = about(panels);
            pause();
            var after = about(panels);
            return after.size() == before.size() && after.size() >= least ? after : null;
        }, found -> found != null);
    }

    private static List<String> about(List<String> panels) {
        return MailText.ofAll(smtp.getReceivedMessages()).stream()
                .filter(mail -> panels.stream().anyMatch(mail::contains)).toList();
    }

    private static void pause() {
        try {
            // the mail worker sends every 2 s: three rounds without a new mail about the panels means they all came
            Thread.sleep(6_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
