package org.opencpms.adapters.rest.user;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencpms.application.user.UserView;

/**
 * A user's account: profile, the language of their e-mails ({@code en}, {@code de}, {@code fr}), role grants, the
 * notification channel chosen for each kind ({@code INVITATION: "BOTH"}...), and the version, also sent as the {@code ETag}, for the {@code If-Match} of a
 * change.
 */
public record UserJson(String id, String displayName, String email, String country, String language,
                       List<GrantJson> grants,
                       Map<String, String> notificationChannels, long version) {

    public static UserJson of(UserView view) {
        var channels = new TreeMap<String, String>();
        view.notificationPreferences().forEach((kind, channel) -> channels.put(kind.name(), channel.name()));
        return new UserJson(view.id().value().toString(), view.displayName(), view.email().value(),
                view.country().code(), view.language().code(), GrantJson.of(view.grants()), channels, view.version());
    }
}
