package org.opencpms.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A panel's lead or member posts a message in the panel's chat while the panel is active. */
@ApplicationScoped
@Transactional
public class PostChatMessage {

    public record Command(Actor actor, PanelId panel, String text) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final Panels panels;
    private final ChatMessages messages;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public PostChatMessage(Panels panels, ChatMessages messages, DomainEvents events, Auditing auditing, Clock clock) {
        this.panels = panels;
        this.messages = messages;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.chat.ChatForbidden {@code chat.not-a-participant}
     * @throws org.opencpms.domain.chat.ChatRuleViolation {@code chat.panel-not-active}
     * @throws org.opencpms.domain.shared.InvalidValue {@code chat-text.invalid} for a blank or too long text
     */
    public ChatMessageId handle(Command cmd) {
        var panel = panels.get(cmd.panel());
        var now = clock.instant();
        var message = ChatMessage.post(ChatMessageId.timeOrdered(now), panel, cmd.actor(), cmd.text(), now);
        messages.append(message);
        events.publish(List.of(message.posted()));
        auditing.record(cmd.actor(), AuditAction.CREATE, "ChatMessage", message.id().value(), panel.patient(),
                "post chat message on panel " + panel.id());
        return message.id();
    }
}
