package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The live chat over HTTP: members follow a panel's chat as Server-Sent Events, a message posted by one reaches the
 * others while they are connected, a client that lost its connection resumes with {@code Last-Event-ID} and gets what
 * it missed first, then the live messages, each once; an outsider gets the same 404 as for the history; the history
 * pages back with {@code before}.
 */
class LiveChatIT extends OnTheBuiltEar {

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final int RECONNECTIONS = 30;

    /** A panel in panel selection led by hp.berlin with hp.paris as a member: its chat is open to both. */
    static Clinic.PanelRef chattingPanel() {
        var patient = Clinic.enrolAtBerlin();
        var panel = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", J.obj("reasonForRequest", "Live chat"));
        panel.change(HP_BERLIN, "PUT", "/form", Clinic.completeForm("Live chat"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        return panel;
    }

    private static void post(Clinic.PanelRef panel, String user, String text) {
        var posted = Api.post(panel.path("/chat"), token(user), J.obj("text", text));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    }

    private static SseClient follow(Clinic.PanelRef panel, String user, String lastEventId) {
        var client = SseClient.open(Api.BASE, panel.path("/chat/stream"), token(user), lastEventId);
        assertThat(client.response().statusCode()).isEqualTo(200);
        assertThat(client.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return client;
    }

    private static JsonObject data(SseClient.Event event) {
        try (var reader = Json.createReader(new StringReader(event.data()))) {
            return reader.readObject();
        }
    }

    private static List<String> texts(List<SseClient.Event> events) {
        return events.stream().map(e -> data(e).getString("text")).toList();
    }

    @Test
    void a_message_posted_by_one_member_reaches_the_others_connected_live_with_its_position_as_event_id() {
        var panel = chattingPanel();
        try (var paris = follow(panel, HP_PARIS, null); var berlin = follow(panel, HP_BERLIN, null)) {
            post(panel, HP_BERLIN, "Shall we meet on Friday?");

            var received = paris.next(LIVE);
            assertThat(received).as("hp.paris receives the message live").isNotNull();
            assertThat(received.id()).isEqualTo("1");
            assertThat(received.name()).isEqualTo("message");
            assertThat(data(received).getString("text")).isEqualTo("Shall we meet on Friday?");
            assertThat(data(received).getString("author")).isEqualTo(id(HP_BERLIN));
            assertThat(data(received).getJsonNumber("position").longValue()).isEqualTo(1);
            assertThat(data(received)).as("the event's data is the message as the history gives it")
                    .isEqualTo(Api.get(panel.path("/chat?limit=1"), token(HP_PARIS)).json().getJsonArray("items")
                            .getJsonObject(0));
            assertThat(berlin.next(LIVE)).as("and so does the author's own second window").extracting(SseClient.Event::id)
                    .isEqualTo("1");
        }
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_what_it_missed_first_then_the_live_messages_each_once() {
        var panel = chattingPanel();
        String lastSeen;
        try (var paris = follow(panel, HP_PARIS, null)) {
            post(panel, HP_BERLIN, "one");
            lastSeen = paris.next(LIVE).id();
        }
        post(panel, HP_BERLIN, "two");
        post(panel, HP_BERLIN, "three");

        try (var paris = follow(panel, HP_PARIS, lastSeen)) {
            var missed = paris.next(2, LIVE);
            post(panel, HP_BERLIN, "four");
            var live = paris.next(LIVE);

            assertThat(lastSeen).isEqualTo("1");
            assertThat(missed).extracting(SseClient.Event::id).containsExactly("2", "3");
            assertThat(texts(missed)).containsExactly("two", "three");
            assertThat(live.id()).isEqualTo("4");
            assertThat(data(live).getString("text")).isEqualTo("four");
            assertThat(paris.next(Duration.ofSeconds(1))).as("nothing twice").isNull();
        }
        try (var fresh = follow(panel, HP_PARIS, null)) {
            post(panel, HP_PARIS, "five");
            assertThat(fresh.next(LIVE).id()).as("a new client starts at the newest message").isEqualTo("5");
        }
    }

    @Test
    void a_client_that_reconnects_again_and_again_gets_every_missed_and_live_message_in_order_each_once() {
        var panel = chattingPanel();
        long lastSeen = 0;
        for (int round = 1; round <= RECONNECTIONS; round++) {
            post(panel, HP_BERLIN, "missed a" + round);
            post(panel, HP_BERLIN, "missed b" + round);
            try (var paris = follow(panel, HP_PARIS, Long.toString(lastSeen))) {
                var missed = paris.next(2, LIVE);
                post(panel, HP_BERLIN, "live " + round);
                var live = paris.next(LIVE);

                assertThat(texts(missed)).as("round %d: what was missed, in order", round)
                        .containsExactly("missed a" + round, "missed b" + round);
                assertThat(missed).extracting(SseClient.Event::id)
                        .containsExactly(Long.toString(lastSeen + 1), Long.toString(lastSeen + 2));
                assertThat(live).as("round %d: then the live message", round).isNotNull();
                assertThat(data(live).getString("text")).isEqualTo("live " + round);
                lastSeen = Long.parseLong(live.id());
                assertThat(paris.next(Duration.ofMillis(200))).as("round %d: nothing twice", round).isNull();
            }
        }
    }

    @Test
    void an_invitee_who_declines_while_connected_receives_nothing_more_and_their_stream_ends_at_once() {
        var panel = chattingPanel();
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_NIJMEGEN)));
        try (var nijmegen = follow(panel, HP_NIJMEGEN, null); var paris = follow(panel, HP_PARIS, null)) {
            post(panel, HP_BERLIN, "before");
            assertThat(nijmegen.next(LIVE)).as("the pending invitee reads along").extracting(SseClient.Event::id)
                    .isEqualTo("1");

            var declined = panel.attempt(HP_NIJMEGEN, "POST", "/invitation/decline", null);
            assertThat(declined.status()).as(declined.toString()).isEqualTo(204);
            post(panel, HP_BERLIN, "after");

            assertThat(paris.next(2, LIVE)).extracting(SseClient.Event::id).containsExactly("1", "2");
            assertThat(nijmegen.endedWithin(LIVE)).as("the server ends the stream of who left").isTrue();
            assertThat(nijmegen.next(Duration.ofMillis(100))).as("without the message posted after").isNull();
        }
    }

    @Test
    void an_outsider_gets_the_same_404_as_for_the_history_and_a_position_that_is_no_number_is_a_400() {
        var panel = chattingPanel();

        var history = Api.get(panel.path("/chat"), token(HP_NIJMEGEN));
        var stream = Api.send("GET", panel.path("/chat/stream"), token(HP_NIJMEGEN), null,
                Map.of("Accept", "text/event-stream, application/problem+json"));
        var badPosition = Api.send("GET", panel.path("/chat/stream"), token(HP_PARIS), null,
                Map.of("Accept", "text/event-stream, application/problem+json", "Last-Event-ID", "yesterday"));

        assertThat(history.status()).as(history.toString()).isEqualTo(404);
        assertThat(stream.status()).as(stream.toString()).isEqualTo(404);
        assertThat(stream.json().getString("code")).isEqualTo(history.json().getString("code")).isEqualTo("panel.not-found");
        assertThat(badPosition.status()).as(badPosition.toString()).isEqualTo(400);
        assertThat(badPosition.json().getString("code")).isEqualTo("last-event-id.invalid");
    }

    @Test
    void the_history_pages_back_before_the_first_position_of_the_page_read_last() {
        var panel = chattingPanel();
        for (var text : List.of("a", "b", "c", "d", "e")) {
            post(panel, HP_BERLIN, text);
        }

        var newest = Api.get(panel.path("/chat?limit=2"), token(HP_PARIS));
        var next = newest.json().getString("next");
        var older = Api.get(panel.path("/chat?limit=2&before=" + next), token(HP_PARIS));
        var oldest = Api.get(panel.path("/chat?limit=2&before=" + older.json().getString("next")), token(HP_PARIS));

        assertThat(newest.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("text"))
                .containsExactly("d", "e");
        assertThat(newest.header("Link")).contains("before=" + next, "rel=\"next\"");
        assertThat(older.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("text"))
                .containsExactly("b", "c");
        assertThat(oldest.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("text"))
                .containsExactly("a");
        assertThat(oldest.json().containsKey("next") && !oldest.json().isNull("next")).as("no older page").isFalse();
    }
}
