package org.opencpms.domain.chat;

import org.opencpms.domain.shared.RuleViolation;

/** A chat message that breaks a rule of the chat. */
public final class ChatRuleViolation extends RuleViolation {

    /** The chat is open only while the panel is in panel selection, assessment or sign-off. */
    public static final String PANEL_NOT_ACTIVE = "chat.panel-not-active";

    private static final long serialVersionUID = 1L;

    ChatRuleViolation(String code, String message) {
        super(code, message);
    }
}
