package org.opencpms.adapters.messaging.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.chat.ChatListener;
import org.opencpms.application.chat.ChatUpdates;
import org.opencpms.application.memory.InMemoryChatMessages;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class PollingChatFeedTest {

    /** A connected client: what it received, whether it was kept alive or ended; it can be made to fail. */
    static final class Client implements ChatListener {
        final List<Long> received = new CopyOnWriteArrayList<>();
        volatile int keptAlive;
        volatile boolean ended;
        volatile boolean gone;

        @Override
        public void receive(ChatEntry entry) {
            if (gone) {
                throw new IllegalStateException("connection closed");
            }
            received.add(entry.position());
        }

        @Override
        public void keepAlive() {
            keptAlive++;
        }

        @Override
        public void ended() {
            ended = true;
        }
    }

    /** An executor that runs its tasks only when told, like a busy pool. */
    static final class Later implements Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryChatMessages store = new InMemoryChatMessages();
    private final PollingChatFeed feed = new PollingChatFeed(new ChatUpdates(store, world.panels, world.patients,
            world.policy, world.users));
    private final Actor member = world.expert(ERN);
    private final PanelId panel = world.inAssessment(member);
    private final Actor reader = world.lead;

    private void posted(PanelId in, int count) {
        for (int i = 0; i < count; i++) {
            store.append(new ChatMessage(ChatMessageId.random(), in, UserId.random(), "m", Instant.parse("2026-03-02T09:00:00Z")));
        }
    }

    @Test
    void a_follower_receives_every_message_after_its_position_once_and_in_order_whoever_stored_it() {
        posted(panel, 3);
        var client = new Client();
        feed.follow(reader, panel, 1, client);

        feed.poll();
        posted(panel, 2);
        feed.poll();
        feed.poll();

        assertThat(client.received).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void followers_at_different_positions_each_get_what_they_lack_and_other_panels_stay_apart() {
        posted(panel, 4);
        var other = world.inAssessment();
        posted(other, 2);
        var behind = new Client();
        var current = new Client();
        var elsewhere = new Client();
        feed.follow(reader, panel, 0, behind);
        feed.follow(reader, panel, 3, current);
        feed.follow(reader, other, 2, elsewhere);

        feed.poll();

        assertThat(behind.received).containsExactly(1L, 2L, 3L, 4L);
        assertThat(current.received).containsExactly(4L);
        assertThat(elsewhere.received).isEmpty();
    }

    @Test
    void a_closed_client_is_dropped_and_the_others_go_on_receiving() {
        var gone = new Client();
        var staying = new Client();
        feed.follow(reader, panel, 0, gone);
        feed.follow(reader, panel, 0, staying);
        gone.gone = true;

        posted(panel, 1);
        feed.poll();
        posted(panel, 1);
        feed.poll();

        assertThat(staying.received).containsExactly(1L, 2L);
        assertThat(gone.received).isEmpty();
        assertThat(feed.followers()).isEqualTo(1);
    }

    @Test
    void a_client_that_falls_too_far_behind_is_ended_and_resumes_by_reconnecting() {
        var later = new Later();
        feed.deliverWith(later);
        var slow = new Client();
        feed.follow(reader, panel, 0, slow);

        posted(panel, Follower.MAX_QUEUED + 1);
        while (feed.poll()) {
            // rounds until nobody is behind
        }
        later.runAll();

        assertThat(slow.ended).isTrue();
        assertThat(slow.received).isEmpty();
        assertThat(feed.followers()).isZero();
    }

    @Test
    void a_follower_that_stops_receives_nothing_more_and_ending_the_feed_ends_every_follower() {
        var stopping = new Client();
        var following = feed.follow(reader, panel, 0, stopping);
        var other = new Client();
        feed.follow(reader, panel, 0, other);
        following.stop();
        following.stop();

        posted(panel, 1);
        feed.poll();
        feed.keepAlive();
        feed.endAll();

        assertThat(stopping.received).isEmpty();
        assertThat(stopping.ended).isFalse();
        assertThat(other.received).containsExactly(1L);
        assertThat(other.keptAlive).isEqualTo(1);
        assertThat(other.ended).isTrue();
        assertThat(feed.followers()).isZero();
        assertThat(feed.poll()).isFalse();
    }

    @Test
    void a_reader_who_may_no_longer_read_the_panel_receives_nothing_more_and_is_ended_and_the_others_go_on() {
        var selecting = world.inSelection();
        var quiet = world.inSelection();
        var invitee = world.expert(ERN);
        world.invite(selecting, invitee);
        world.invite(quiet, invitee);
        var leaving = new Client();
        var staying = new Client();
        var idle = new Client();
        feed.follow(invitee, selecting, 0, leaving);
        feed.follow(reader, selecting, 0, staying);
        feed.follow(invitee, quiet, 0, idle);
        posted(selecting, 1);
        feed.poll();

        world.change(selecting, p -> p.decline(invitee, NOW));
        world.change(quiet, p -> p.decline(invitee, NOW));
        posted(selecting, 1);
        feed.poll();

        assertThat(leaving.received).containsExactly(1L);
        assertThat(leaving.ended).isTrue();
        assertThat(staying.received).containsExactly(1L, 2L);
        assertThat(staying.ended).isFalse();
        assertThat(idle.ended).as("not yet: nothing was posted in its panel").isFalse();

        feed.keepAlive();

        assertThat(idle.ended).as("ended at the keep-alive, without a new message").isTrue();
        assertThat(staying.keptAlive).isEqualTo(1);
        assertThat(feed.followers()).isEqualTo(1);
    }
}
