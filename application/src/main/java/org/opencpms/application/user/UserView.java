package org.opencpms.application.user;

import java.util.Map;
import java.util.Set;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.RoleGrant;

/**
 * A user's account as the user or a coordinator sees it: profile, role grants, the channel of every
 * notification kind, and the version to send back with a change.
 */
public record UserView(UserId id, String displayName, EmailAddress email, Country country, Set<RoleGrant> grants,
                       Map<NotificationKind, NotificationChannel> notificationPreferences, Language language,
                       long version) {

    public UserView {
        grants = Set.copyOf(grants);
        notificationPreferences = Map.copyOf(notificationPreferences);
    }
}
