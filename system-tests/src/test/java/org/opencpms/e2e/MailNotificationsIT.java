package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail notifications on the deployed server: the mail session points at GreenMail on 127.0.0.1:{@value #PORT}
 * (arquillian.xml; in training mode an explicitly configured local host is the catch-all mails may go to). An
 * invitation reaches the invitee once by mail, with the Message-ID of its notification, in their language, naming the
 * patient by nickname only; the in-app copy can be marked read and leaves the unread inbox.
 */
class MailNotificationsIT extends OnTheBuiltEar {

    static final int PORT = 3025;
    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void an_invitation_reaches_the_invitee_once_by_mail_naming_the_patient_by_nickname_only() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Steroid resistance"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));

        var notification = Poll.until(() -> invitationFor(panel.id()), n -> n != null);
        var messageId = "<" + notification.getString("id") + "@localhost>";
        var mails = Poll.until(Duration.ofSeconds(60), () -> withId(messageId), found -> !found.isEmpty());
        pause(Duration.ofSeconds(5));

        assertThat(withId(messageId)).hasSize(1);
        var raw = GreenMailUtil.getWholeMessage(mails.get(0));
        assertThat(raw).contains(patient.nickname()).contains("/panels/" + panel.id())
                .contains("Content-Language: en").contains("multipart/alternative");
        for (var planted : List.of(patient.givenName(), patient.familyName(), patient.hospitalIdentifier(),
                patient.dateOfBirth().toString(), "Proteinuria", "Steroid resistance")) {
            assertThat(raw).as("planted %s", planted).doesNotContain(planted);
        }
    }

    @Test
    void a_notification_marked_read_leaves_the_unread_inbox() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Steroid resistance"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        var notification = Poll.until(() -> invitationFor(panel.id()), n -> n != null);
        var path = "/api/notifications/" + notification.getString("id");

        var read = Api.post(path + "/read", token(HP_PARIS), null);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getBoolean("read")).isTrue();
        assertThat(unread().stream().map(n -> n.getString("id"))).doesNotContain(notification.getString("id"));
        assertThat(Api.get(path, token(HP_BERLIN)).status()).isEqualTo(404);
        assertThat(Api.delete(path + "/read", token(HP_PARIS)).json().getBoolean("read")).isFalse();
        assertThat(unread().stream().map(n -> n.getString("id"))).contains(notification.getString("id"));
    }

    private static List<JsonObject> unread() {
        return Api.get("/api/notifications?unread=true&limit=500", token(HP_PARIS)).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject invitationFor(String panel) {
        return unread().stream().filter(n -> panel.equals(n.getString("panel", null))
                && "EXPERT_INVITED".equals(n.getString("topic"))).findFirst().orElse(null);
    }

    private static List<MimeMessage> withId(String messageId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> messageId.equals(idOf(m))).toList();
    }

    private static String idOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            // used only after the mail arrived: gives a wrongly duplicated send (the mail worker runs every 2 s) time
            // to show up
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
