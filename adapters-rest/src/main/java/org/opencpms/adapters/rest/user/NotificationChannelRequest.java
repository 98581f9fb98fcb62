package org.opencpms.adapters.rest.user;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.user.ChooseNotificationChannel;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/** The channel chosen for one kind of notification: {@code IN_APP}, {@code EMAIL}, {@code BOTH} or {@code NONE}. */
public record NotificationChannelRequest(@NotBlank @Schema(implementation = NotificationChannel.class, required = true) String channel) {

    /**
     * @param kind the kind from the path ({@code INVITATION}, {@code COMMENT}...)
     * @throws org.opencpms.domain.shared.InvalidValue {@code kind.invalid}, {@code channel.invalid}
     */
    public ChooseNotificationChannel.Command toCommand(Actor actor, UserId user, String kind, Long expectedVersion) {
        return new ChooseNotificationChannel.Command(actor, user, expectedVersion,
                WireValues.enumValue(NotificationKind.class, kind, "kind"),
                WireValues.enumValue(NotificationChannel.class, channel, "channel"));
    }
}
