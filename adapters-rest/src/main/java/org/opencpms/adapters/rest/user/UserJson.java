package org.opencpms.adapters.rest.user;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.user.UserView;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/**
 * A user's account: profile, the language of their e-mails ({@code en}, {@code de}, {@code fr}), role grants, the
 * notification channel chosen for each kind ({@code INVITATION: "BOTH"}...), and the version, also sent as the {@code ETag}, for the {@code If-Match} of a
 * change.
 */
public record UserJson(String id, String displayName, String email, String country,
                       @Schema(implementation = Language.class) String language, List<GrantJson> grants,
                       @Schema(type = SchemaType.OBJECT, additionalProperties = NotificationChannel.class,
                               propertyNames = NotificationKind.class,
                               description = "The channel chosen for each kind of notification")
                       Map<String, String> notificationChannels,
                       long version) {

    public static UserJson of(UserView view) {
        var channels = new TreeMap<String, String>();
        view.notificationPreferences().forEach((kind, channel) -> channels.put(kind.name(), channel.name()));
        return new UserJson(view.id().value().toString(), view.displayName(), view.email().value(),
                view.country().code(), view.language().code(), GrantJson.of(view.grants()), channels, view.version());
    }
}
