package org.opencpms.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.panel.VisiblePanels;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may see a panel reads its chat one page at a time, newest page first, each page oldest first: the latest
 * messages, or the ones before a position (the first position of the page read before).
 */
@ApplicationScoped
@Transactional
public class ReadChat {

    /**
     * @param before the messages before this position (1 or more), or null for the latest ones
     * @param limit how many messages at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, PanelId panel, Long before, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.page(0, limit);
            if (before != null && before < 1) {
                throw new InvalidValue("before", "before must be a chat position, 1 or more");
            }
        }
    }

    private final VisiblePanels visiblePanels;
    private final ChatMessages messages;
    private final Auditing auditing;

    @Inject
    public ReadChat(Panels panels, Patients patients, AccessPolicy policy, ChatMessages messages, Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.messages = messages;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     */
    public List<ChatEntry> handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        auditing.record(query.actor(), AuditAction.READ, "Chat", panel.id(), panel.patient(), "read chat");
        return messages.before(panel.id(), query.before() == null ? Long.MAX_VALUE : query.before(), query.limit());
    }
}
