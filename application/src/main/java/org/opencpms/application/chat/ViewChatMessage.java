package org.opencpms.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.panel.VisiblePanels;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessageNotFound;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may read a panel's chat ({@link ReadChat}) reads one message of it with its position: the resource behind
 * the {@code Location} of a posted message. Someone who may not see the panel is told the panel does not exist.
 */
@ApplicationScoped
@Transactional
public class ViewChatMessage {

    public record Query(Actor actor, PanelId panel, ChatMessageId message) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(message, "message");
        }
    }

    private final VisiblePanels visiblePanels;
    private final ChatMessages messages;
    private final Auditing auditing;

    @Inject
    public ViewChatMessage(Panels panels, Patients patients, AccessPolicy policy, ChatMessages messages,
                           Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.messages = messages;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a panel the actor may not see
     * @throws ChatMessageNotFound {@code chat-message.not-found}
     */
    public ChatEntry handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        var entry = messages.find(panel.id(), query.message())
                .orElseThrow(() -> new ChatMessageNotFound(panel.id(), query.message()));
        auditing.record(query.actor(), AuditAction.READ, "Chat", panel.id(), panel.patient(), "read chat message");
        return entry;
    }
}
