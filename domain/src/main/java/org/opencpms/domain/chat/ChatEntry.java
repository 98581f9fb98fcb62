package org.opencpms.domain.chat;

import java.util.Objects;

/**
 * A message at its place in its panel's chat: {@code position} numbers the messages of one panel 1, 2, 3... in the
 * order they were stored, without gaps. A reader that has seen position {@code n} has missed nothing before it, which
 * is what lets a live client resume exactly where it stopped.
 */
public record ChatEntry(long position, ChatMessage message) {

    public ChatEntry {
        if (position < 1) {
            throw new IllegalArgumentException("a chat position starts at 1, not " + position);
        }
        Objects.requireNonNull(message, "message");
    }
}
