package org.opencpms.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.Clinic;
import org.opencpms.e2e.J;
import org.opencpms.e2e.Poll;

/**
 * Exactly one mail per notification across a server crash between the commit and the send: the SMTP server is down
 * while hp.berlin invites hp.paris (the notification commits, its mail cannot go); the server is killed (SIGKILL) and
 * started again on the same data once the SMTP server is up; the invitation then arrives once, with the Message-ID of
 * its notification.
 */
class MailAcrossAServerRestartIT {

    private static final int SMTP_PORT = 3450;

    @Test
    void a_mail_committed_before_a_crash_is_sent_once_after_the_restart() throws Exception {
        var settings = ServerSettings.training("mail-restart", 450).with("opencpms.mail.smtp.host", "127.0.0.1")
                .with("opencpms.mail.smtp.port", Integer.toString(SMTP_PORT));
        var smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (var server = ServerProcess.fresh(settings)) {
            var api = Api.at(server.httpUrl());
            var berlin = api.trainingToken("hp.berlin");
            var paris = api.trainingToken("hp.paris");
            var panel = invitedPanel(api, berlin, api.get("/api/me", paris).json().getString("userId"));
            var notification = Poll.until(Duration.ofSeconds(60), () -> invitationFor(api, paris, panel), n -> n != null);
            assertThat(notification).as("the invitation's notification committed").isNotNull();

            server.killJvm();
            smtp.start();
            server.start();

            var messageId = "<" + notification.getString("id") + "@localhost>";
            var arrived = Poll.until(Duration.ofSeconds(180), () -> withId(smtp, messageId), n -> n > 0);
            Thread.sleep(6_000); // the mail worker runs every 2 s: a duplicate would show within three rounds
            assertThat(arrived).as("the mail arrived after the restart").isPositive();
            assertThat(withId(smtp, messageId)).as("exactly once").isOne();
        } finally {
            smtp.stop();
        }
    }

    /** A new panel of hp.berlin's, for a patient enrolled now, in panel selection, to which hp.paris is invited. */
    private static String invitedPanel(Api.At api, String berlin, String parisId) {
        var centre = api.get("/api/me", berlin).json().getJsonArray("grants").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.containsKey("centre") && !g.isNull("centre")).map(g -> g.getString("centre"))
                .findFirst().orElseThrow();
        var run = Clinic.unique();
        var enrolled = api.post("/api/patients", berlin, J.obj("centre", centre, "identity", J.obj("givenName",
                "Given" + run, "familyName", "Family" + run, "dateOfBirth", "2012-05-17", "sex", "FEMALE",
                "hospitalIdentifier", "RST-" + run), "consents", J.arr(Clinic.consent("CARE"),
                Clinic.consent("SHARING_WITHIN_ERN"))));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var opened = api.post("/api/panels", berlin, J.obj("patient", enrolled.json().getString("id"), "leadErn",
                "ERKNET", "form", Clinic.completeForm("Restart probe")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        var panel = opened.json().getString("id");
        var submitted = api.send("POST", "/api/panels/" + panel + "/submission", berlin, null,
                Map.of("If-Match", opened.header("ETag")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        var invited = api.send("POST", "/api/panels/" + panel + "/invitations", berlin,
                J.obj("invitee", parisId).toString(), Map.of("If-Match", submitted.header("ETag")));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        return panel;
    }

    private static JsonObject invitationFor(Api.At api, String token, String panel) {
        return api.get("/api/notifications?unread=true&limit=500", token).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> panel.equals(n.getString("panel", null)) && "EXPERT_INVITED".equals(n.getString("topic")))
                .findFirst().orElse(null);
    }

    private static long withId(GreenMail smtp, String messageId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return messageId.equals(m.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
