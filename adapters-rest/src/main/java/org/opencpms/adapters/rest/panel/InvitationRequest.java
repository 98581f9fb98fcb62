package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/** Invites the expert {@code invitee} (a user id) to the panel. */
public record InvitationRequest(@NotNull UUID invitee) {

    InviteExpert.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new InviteExpert.Command(actor, panel, expectedVersion, new UserId(invitee));
    }
}
