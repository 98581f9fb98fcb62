package org.opencpms.adapters.messaging.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MIME message whose Message-ID is ours: Jakarta Mail would otherwise make a new one on every send. */
final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
