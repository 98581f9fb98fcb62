package org.opencpms.adapters.rest.panel;

import java.util.UUID;
import org.opencpms.application.panel.ListInvitableExperts;

/** An expert the caller may invite to a panel: the user's id (the {@code invitee} to send), name and country code. */
public record ExpertJson(UUID id, String displayName, String country) {

    static ExpertJson of(ListInvitableExperts.Expert expert) {
        return new ExpertJson(expert.id().value(), expert.displayName(), expert.country().code());
    }
}
