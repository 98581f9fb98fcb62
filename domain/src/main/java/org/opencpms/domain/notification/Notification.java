package org.opencpms.domain.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/**
 * One message to one user about one {@link NotificationTopic}, on the channel they chose for its kind; about a
 * panel when {@code panel} is set; read when {@code readAt} is set.
 *
 * <p>Invariants: never on {@code NONE}; {@code facts} hold only facts its topic names (a nickname, ERN codes, a
 * meeting's start: nothing identifying, no free text), from which every language's message is made (those kept
 * before topics existed hold none, and are never mailed); the English
 * {@code subject} and {@code body} of the in-app inbox are bounded text.
 */
public record Notification(NotificationId id, UserId recipient, NotificationTopic topic, NotificationChannel channel,
                           Map<String, String> facts, String subject, String body, PanelId panel, Instant at,
                           Instant readAt) {

    /** The longest fact: a meeting's video link longer than this is left out. */
    public static final int MAX_FACT = 300;

    public Notification {
        Require.present(id, "notification-id");
        Require.present(recipient, "recipient");
        Require.present(topic, "notification-topic");
        Require.present(channel, "notification-channel");
        if (channel == NotificationChannel.NONE) {
            throw new InvalidValue("notification-channel", "a notification the recipient opted out of is not sent");
        }
        facts = factsOf(topic, facts);
        subject = Require.text(subject, "notification-subject", 200);
        body = Require.text(body, "notification-body", 4000);
        Require.present(at, "notification-at");
    }

    /** A new, unread notification. */
    public static Notification of(UserId recipient, NotificationTopic topic, NotificationChannel channel,
                                  Map<String, String> facts, String subject, String body, PanelId panel, Instant at) {
        return new Notification(NotificationId.random(), recipient, topic, channel, facts, subject, body, panel, at,
                null);
    }

    public NotificationKind kind() {
        return topic.kind();
    }

    public Optional<PanelId> aboutPanel() {
        return Optional.ofNullable(panel);
    }

    /** Whether it holds every fact its topic names, as every notification made since topics exist does. */
    public boolean complete() {
        return facts.keySet().containsAll(topic.facts());
    }

    public boolean read() {
        return readAt != null;
    }

    private static Map<String, String> factsOf(NotificationTopic topic, Map<String, String> facts) {
        Require.noNullEntries(facts, "notification-facts");
        var allowed = new HashSet<>(topic.facts());
        allowed.addAll(topic.optionalFacts());
        if (!allowed.containsAll(facts.keySet())) {
            throw new InvalidValue("notification-facts", topic + " names only the facts " + new TreeSet<>(topic.facts()));
        }
        var checked = new TreeMap<String, String>();
        facts.forEach((name, value) -> checked.put(name, Require.text(value, "notification-facts", MAX_FACT)));
        return Collections.unmodifiableMap(checked);
    }
}
