package org.opencpms.domain.chat;

import org.opencpms.domain.shared.Forbidden;

/** The actor may not post in this panel's chat. */
public final class ChatForbidden extends Forbidden {

    /** Only the panel's lead and members chat. */
    public static final String NOT_A_PARTICIPANT = "chat.not-a-participant";

    private static final long serialVersionUID = 1L;

    ChatForbidden(String code, String message) {
        super(code, message);
    }
}
