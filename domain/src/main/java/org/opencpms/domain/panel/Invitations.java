package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencpms.domain.shared.UserId;

/** The invitations of one panel, in the order they were sent. A person may be invited again after declining. */
final class Invitations {

    private final List<Invitation> all;

    Invitations(List<Invitation> invitations) {
        this.all = new ArrayList<>(invitations);
    }

    List<Invitation> all() {
        return List.copyOf(all);
    }

    void add(Invitation invitation) {
        all.add(invitation);
    }

    boolean hasPending(UserId invitee) {
        return all.stream().anyMatch(i -> i.isPending() && i.invitee().equals(invitee));
    }

    /** Those who accepted, in the order they were invited. */
    Set<UserId> accepted() {
        var accepted = new LinkedHashSet<UserId>();
        all.stream().filter(Invitation::isAccepted).forEach(i -> accepted.add(i.invitee()));
        return accepted;
    }

    /** Records the invitee's answer to their pending invitation. */
    void answer(UserId invitee, InvitationStatus answer, Instant at) {
        for (int i = 0; i < all.size(); i++) {
            Invitation invitation = all.get(i);
            if (invitation.isPending() && invitation.invitee().equals(invitee)) {
                all.set(i, invitation.answered(answer, at));
                return;
            }
        }
        if (all.stream().anyMatch(i -> i.invitee().equals(invitee))) {
            throw new PanelConflict(PanelConflict.INVITATION_ALREADY_ANSWERED, "the invitation was already answered");
        }
        throw new PanelForbidden(PanelForbidden.NOT_INVITED, "you were not invited to this panel");
    }
}
