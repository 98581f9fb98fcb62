package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.opencpms.application.panel.SetDeadline;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** The instant (ISO-8601) by which the lead wants the outcome. */
public record DeadlineRequest(@NotNull Instant deadline) {

    SetDeadline.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new SetDeadline.Command(actor, panel, expectedVersion, deadline);
    }
}
