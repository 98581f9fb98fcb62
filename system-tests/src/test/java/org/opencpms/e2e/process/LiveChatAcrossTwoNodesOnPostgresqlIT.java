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
 * nodes share nothing but the database (each node's poller reads the committed messages).
 */
class LiveChatAcrossTwoNodesOnPostgresqlIT {

    @Test
    void a_message_posted_on_one_node_reaches_a_member_connected_to_the_other_live() throws SQLException {
        var database = ClusterDatabase.fresh();
        var nodes = new ArrayList<ServerProcess>();
        try {
            nodes.add(ServerProcess.fresh(ServerSettings.training("chat-node-a", 420).onPostgresql(database, "postgres", "postgres")));
            nodes.add(ServerProcess.fresh(ServerSettings.training("chat-node-b", 430).onPostgresql(database, "postgres", "postgres")));
            var a = Api.at(nodes.get(0).httpUrl());
            var b = Api.at(nodes.get(1).httpUrl());
            var berlin = a.trainingToken("hp.berlin");
            var paris = b.trainingToken("hp.paris");
            var panel = TrainingChat.panelOfBerlinAndParis(b, b.trainingToken("hp.berlin"), paris);
            long newest = TrainingChat.newestPosition(b, panel, paris);

            try (var follower = SseClient.open(b.base(), "/api/panels/" + panel + "/chat/stream", paris,
                    Long.toString(newest))) {
                assertThat(follower.response().statusCode()).isEqualTo(200);
                for (var text : List.of("Posted on node A", "and a second one")) {
                    var posted = a.post("/api/panels/" + panel + "/chat", berlin, J.obj("text", text));
                    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
                }

                var received = follower.next(2, Duration.ofSeconds(15));
                assertThat(received).extracting(SseClient.Event::id)
                        .containsExactly(Long.toString(newest + 1), Long.toString(newest + 2));
                assertThat(received.get(0).data()).contains("Posted on node A");
                assertThat(follower.next(Duration.ofSeconds(1))).as("nothing twice").isNull();
            }
        } finally {
            nodes.forEach(ServerProcess::close);
        }
    }
}
