package org.opencpms.application.notification;

import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * The addresses of a meeting's attendees that its mails name in their calendar entry: those of the registered
 * attendees of the meeting a notification is about, as its panel holds it now; none for another notification or a
 * meeting or panel that is gone. A batch of mails asks through {@link #remembering()}: a meeting's mails (one per
 * attendee) usually come together, and its panel is then read once for all of them.
 */
final class MeetingAttendees {

    private final Panels panels;
    private final Users users;

    MeetingAttendees(Panels panels, Users users) {
        this.panels = panels;
        this.users = users;
    }

    /** {@link #of}, remembering each meeting's attendees for the calls made through the function returned. */
    Function<Notification, Set<EmailAddress>> remembering() {
        var known = new HashMap<String, Set<EmailAddress>>();
        return notification -> notification.topic().aboutMeeting()
                ? known.computeIfAbsent(notification.aboutPanel().map(Object::toString).orElse("") + "/"
                        + notification.facts().get(Facts.MEETING_ID), meeting -> of(notification))
                : Set.of();
    }

    Set<EmailAddress> of(Notification notification) {
        if (!notification.topic().aboutMeeting()) {
            return Set.of();
        }
        var meeting = notification.facts().get(Facts.MEETING_ID);
        return notification.aboutPanel().flatMap(panels::find)
                .flatMap(panel -> panel.meetings().stream().filter(m -> m.id().value().toString().equals(meeting))
                        .findFirst())
                .map(m -> m.attendees().stream().map(users::find).flatMap(Optional::stream).map(User::email)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
