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
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail notifications on the deployed server: the mail session points at GreenMail on 127.0.0.1:{@value #PORT}
 * (arquillian.xml; in training mode an explicitly configured local host is the catch-all mails may go to). An
 * invitation reaches the invitee once by mail, with the Message-ID of its notification, in their language, naming the
 * patient by nickname only; the in-app copy can be marked read and leaves the unread inbox. A meeting's invitation
 * names every attendee, and the same entry (UID, SEQUENCE) reaches an attendee's calendar feed, read without a token.
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

    @Test
    void a_meeting_reaches_its_attendees_by_an_invitation_naming_them_all_and_through_their_calendar_feed() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", Clinic.completeForm("Steroid resistance"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        panel.change(HP_BERLIN, "POST", "/assessment", null);
        var issued = Api.post("/api/users/" + id(HP_PARIS) + "/calendar-feed", token(HP_PARIS), null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var feed = URI.create(issued.json().getString("url")).getPath();
        assertThat(issued.header("Location")).endsWith(feed);

        var start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var scheduled = panel.change(HP_BERLIN, "POST", "/meetings", J.obj("start", start.toString(),
                "durationMinutes", 45, "attendees", J.arr(id(HP_BERLIN), id(HP_PARIS)),
                "videoLink", "https://video.example.org/feed"), 201);
        var meeting = scheduled.json().getJsonArray("meetings").getJsonObject(0).getString("id");
        var paris = Accounts.me(HP_PARIS).getString("email");
        var berlin = Accounts.me(HP_BERLIN).getString("email");
        var invitation = Poll.until(Duration.ofSeconds(60), () -> calendarTo(paris, meeting), ics -> ics != null);
        var listed = Poll.until(Duration.ofSeconds(30), () -> Api.get(feed, null),
                reply -> reply.status() == 200 && reply.body().contains(meeting));

        assertThat(attendees(invitation)).containsExactlyInAnyOrder(
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + paris,
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:" + berlin);
        var ics = unfolded(listed.body());
        var entry = Arrays.stream(ics.split("BEGIN:VEVENT")).filter(e -> e.contains("UID:" + meeting)).findFirst()
                .orElseThrow();
        assertThat(line(entry, "UID")).isEqualTo(line(unfolded(invitation), "UID")).startsWith(meeting);
        assertThat(line(entry, "SEQUENCE")).isEqualTo(line(unfolded(invitation), "SEQUENCE"));
        assertThat(line(entry, "DTSTART")).isEqualTo(line(unfolded(invitation), "DTSTART"));
        assertThat(entry).contains(patient.nickname());
        assertThat(ics).contains("METHOD:PUBLISH").doesNotContain("ATTENDEE")
                .doesNotContain(patient.givenName()).doesNotContain(patient.familyName())
                .doesNotContain("Steroid resistance");
        assertThat(listed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(listed.headers().get("cache-control")).contains("private").doesNotContain("no-store");
        var unchanged = Api.send("GET", feed, null, null, Map.of("If-None-Match", listed.header("ETag")));
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(304);

        var revoked = Api.delete("/api/users/" + id(HP_PARIS) + "/calendar-feed", token(HP_PARIS));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        var gone = Api.get(feed, null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(gone.json().getString("code")).isEqualTo("calendar-feed.not-found");
    }

    /** The calendar entry of the mail to {@code address} about {@code meeting}, or null before it arrived. */
    private static String calendarTo(String address, String meeting) {
        try {
            for (var message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address)
                        && message.getContent() instanceof MimeMultipart mixed && mixed.getCount() == 2) {
                    var ics = new String(mixed.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (ics.contains(meeting)) {
                        return ics;
                    }
                }
            }
            return null;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n", "\n");
    }

    private static List<String> attendees(String ics) {
        return unfolded(ics).lines().filter(l -> l.startsWith("ATTENDEE")).toList();
    }

    private static String line(String ics, String property) {
        return ics.lines().filter(l -> l.startsWith(property + ":")).findFirst().orElseThrow()
                .substring(property.length() + 1);
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
