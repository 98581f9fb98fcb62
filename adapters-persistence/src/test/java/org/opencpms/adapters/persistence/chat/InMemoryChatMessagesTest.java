package org.opencpms.adapters.persistence.chat;

import org.opencpms.application.memory.InMemoryChatMessages;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.shared.PanelId;

class InMemoryChatMessagesTest extends ChatMessagesContract {

    private final InMemoryChatMessages messages = new InMemoryChatMessages();

    @Override
    protected ChatMessages chatMessages() {
        return messages;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }

    @Override
    protected PanelId aPanel() {
        return PanelId.random();
    }
}
