package org.opencpms.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class FollowChatTest {

    /** The feed as the use case sees it: it records from where each listener follows which panel. */
    private static final class RecordingFeed implements ChatFeed {
        record Followed(PanelId panel, long after, ChatListener listener) {
        }

        final List<Followed> followed = new ArrayList<>();

        @Override
        public Following follow(Actor reader, PanelId panel, long after, ChatListener listener) {
            var following = new Followed(panel, after, listener);
            followed.add(following);
            return () -> followed.remove(following);
        }
    }

    private static final ChatListener CLIENT = new ChatListener() {
        @Override
        public void receive(ChatEntry entry) {
        }

        @Override
        public void keepAlive() {
        }

        @Override
        public void ended() {
        }
    };

    private final PanelFixtures world = new PanelFixtures();
    private final RecordingFeed feed = new RecordingFeed();
    private final FollowChat follow = new FollowChat(world.panels, world.patients, world.policy, world.chat, feed,
            world.auditing);

    private void posted(PanelId panel, int count) {
        for (int i = 0; i < count; i++) {
            world.chat.append(ChatMessage.post(ChatMessageId.random(), world.stored(panel), world.lead, "m" + i, NOW));
        }
    }

    @Test
    void a_new_client_follows_from_the_newest_message_on_and_the_follow_is_audited() {
        var panel = world.inAssessment();
        posted(panel, 3);
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        follow.handle(new FollowChat.Query(coordinator, panel, null, CLIENT));

        assertThat(feed.followed).containsExactly(new RecordingFeed.Followed(panel, 3, CLIENT));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("Chat");
        assertThat(entry.purpose()).isEqualTo("follow chat");
        assertThat(entry.patient()).isEqualTo(world.patient);
    }

    @Test
    void a_reconnecting_client_resumes_after_the_last_position_it_got_and_never_beyond_the_newest() {
        var panel = world.inAssessment();
        posted(panel, 5);

        follow.handle(new FollowChat.Query(world.lead, panel, 2L, CLIENT));
        follow.handle(new FollowChat.Query(world.lead, panel, 0L, CLIENT));
        var beyond = follow.handle(new FollowChat.Query(world.lead, panel, 99L, CLIENT));

        assertThat(feed.followed).extracting(RecordingFeed.Followed::after).containsExactly(2L, 0L, 5L);
        beyond.stop();
        assertThat(feed.followed).hasSize(2);
    }

    @Test
    void someone_who_may_not_read_the_chat_follows_nothing() {
        var panel = world.inAssessment();

        assertRefused(() -> follow.handle(new FollowChat.Query(world.expert(ERN), panel, null, CLIENT)), "panel.not-found");
        assertRefused(() -> follow.handle(new FollowChat.Query(world.lead, PanelId.random(), null, CLIENT)), "panel.not-found");
        assertRefused(() -> new FollowChat.Query(world.lead, panel, -1L, CLIENT), "last-event-id.invalid");
        assertThat(feed.followed).isEmpty();
        assertThat(world.audit()).isEmpty();
    }
}
