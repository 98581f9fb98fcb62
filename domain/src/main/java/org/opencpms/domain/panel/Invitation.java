package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** An expert invited to a panel. Invariant: answered (accepted or declined) exactly when it has an answer time. */
public record Invitation(UserId invitee, InvitationKind kind, UserId invitedBy, Instant invitedAt,
                         InvitationStatus status, Optional<Instant> answeredAt) {

    public Invitation {
        Require.present(invitee, "invitation");
        Require.present(kind, "invitation");
        Require.present(invitedBy, "invitation");
        Require.present(invitedAt, "invitation");
        Require.present(status, "invitation");
        answeredAt = answeredAt == null ? Optional.empty() : answeredAt;
        if ((status == InvitationStatus.PENDING) == answeredAt.isPresent()) {
            throw new InvalidValue("invitation", "an invitation has an answer time exactly when it is answered");
        }
    }

    static Invitation pending(UserId invitee, InvitationKind kind, UserId by, Instant at) {
        return new Invitation(invitee, kind, by, at, InvitationStatus.PENDING, Optional.empty());
    }

    Invitation answered(InvitationStatus answer, Instant at) {
        return new Invitation(invitee, kind, invitedBy, invitedAt, answer, Optional.of(Require.present(at, "invitation")));
    }

    public boolean isPending() {
        return status == InvitationStatus.PENDING;
    }

    public boolean isAccepted() {
        return status == InvitationStatus.ACCEPTED;
    }
}
