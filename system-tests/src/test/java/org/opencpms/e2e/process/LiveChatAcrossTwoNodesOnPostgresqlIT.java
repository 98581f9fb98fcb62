package org.opencpms.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.J;
import org.opencpms.e2e.SseClient;
import org.opencpms.e2e.TrainingChat;

/**
 * The live chat of a cluster: two nodes on one PostgreSQL database (training mode); hp.paris follows a panel's chat
 * on node B, hp.berlin posts on node A, and the message reaches hp.paris live, in the order posted, each once: the
 * nodes share nothing but the database. Both nodes poll only once a minute (the longest interval allowed), so a
 * delivery within seconds is the work of PostgreSQL's LISTEN/NOTIFY: node A's posting transaction notifies, node B's
 * listener wakes its poller.
 */
class LiveChatAcrossTwoNodesOnPostgresqlIT {

    private static final String POLL_ONCE_A_MINUTE = "60000";
    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(5);

    @Test
    void a_message_posted_on_one_node_reaches_a_member_connected_to_the_other_long_before_the_next_poll()
            throws SQLException {
        var database = ClusterDatabase.fresh();
        var nodes = new ArrayList<ServerProcess>();
        try {
            nodes.add(ServerProcess.fresh(node("chat-node-a", 420, database)));
            nodes.add(ServerProcess.fresh(node("chat-node-b", 430, database)));
            var a = Api.at(nodes.get(0).httpUrl());
            var b = Api.at(nodes.get(1).httpUrl());
            var berlin = a.trainingToken("hp.berlin");
            var paris = b.trainingToken("hp.paris");
            var panel = TrainingChat.panelOfBerlinAndParis(b, b.trainingToken("hp.berlin"), paris);
            long newest = TrainingChat.newestPosition(b, panel, paris);

            try (var follower = SseClient.open(b.base(), "/api/panels/" + panel + "/chat/stream", paris,
                    Long.toString(newest))) {
                assertThat(follower.response().statusCode()).isEqualTo(200);
                var received = new ArrayList<SseClient.Event>();
                for (var text : List.of("Posted on node A", "and a second one")) {
                    long postedAt = System.nanoTime();
                    var posted = a.post("/api/panels/" + panel + "/chat", berlin, J.obj("text", text));
                    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);

                    var event = follower.next(Duration.ofSeconds(30));
                    assertThat(event).as("'" + text + "' pushed on node B").isNotNull();
                    var delay = Duration.ofNanos(event.receivedAt() - postedAt);
                    System.out.println("LiveChatAcrossTwoNodes: '" + text + "' posted on A, pushed on B after "
                            + delay.toMillis() + " ms (both nodes poll every " + POLL_ONCE_A_MINUTE + " ms)");
                    assertThat(delay).as("pushed long before node B's next poll").isLessThan(WELL_BEFORE_THE_POLL);
                    received.add(event);
                }

                assertThat(received).extracting(SseClient.Event::id)
                        .containsExactly(Long.toString(newest + 1), Long.toString(newest + 2));
                assertThat(received.get(0).data()).contains("Posted on node A");
                assertThat(follower.next(Duration.ofSeconds(1))).as("nothing twice").isNull();
            }
        } finally {
            nodes.forEach(ServerProcess::close);
        }
    }

    private static ServerSettings node(String name, int portOffset, String database) {
        return ServerSettings.training(name, portOffset).onPostgresql(database, "postgres", "postgres")
                .with("opencpms.chat.poll-interval-ms", POLL_ONCE_A_MINUTE);
    }
}
