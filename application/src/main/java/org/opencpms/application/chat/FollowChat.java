package org.opencpms.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.panel.VisiblePanels;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may read a panel's chat ({@link ReadChat}'s rule) follows it live: from the position the client saw last
 * (what it missed comes first), or, for a new client, from the newest message on. A position beyond the newest (a
 * client of another database) counts as the newest.
 */
@ApplicationScoped
@Transactional
public class FollowChat {

    /** @param after the last position the client has, or null to receive only what is posted from now on */
    public record Query(Actor actor, PanelId panel, Long after, ChatListener listener) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(listener, "listener");
            if (after != null && after < 0) {
                throw new InvalidValue("last-event-id", "the last event id must be a chat position, 0 or more");
            }
        }
    }

    private final VisiblePanels visiblePanels;
    private final ChatMessages messages;
    private final ChatFeed feed;
    private final Auditing auditing;

    @Inject
    public FollowChat(Panels panels, Patients patients, AccessPolicy policy, ChatMessages messages, ChatFeed feed,
                      Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.messages = messages;
        this.feed = feed;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see; nothing is followed then
     */
    public ChatFeed.Following handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        auditing.record(query.actor(), AuditAction.READ, "Chat", panel.id(), panel.patient(), "follow chat");
        long newest = messages.lastPositions(Set.of(panel.id())).getOrDefault(panel.id(), 0L);
        long after = query.after() == null ? newest : Math.min(query.after(), newest);
        return feed.follow(query.actor(), panel.id(), after, query.listener());
    }
}
