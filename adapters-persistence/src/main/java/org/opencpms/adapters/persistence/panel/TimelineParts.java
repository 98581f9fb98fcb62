package org.opencpms.adapters.persistence.panel;

import static org.opencpms.adapters.persistence.panel.Fields.instant;
import static org.opencpms.adapters.persistence.panel.Fields.object;
import static org.opencpms.adapters.persistence.panel.Fields.optional;
import static org.opencpms.adapters.persistence.panel.Fields.optionalString;
import static org.opencpms.adapters.persistence.panel.Fields.user;

import java.time.Instant;
import java.util.List;
import org.opencpms.domain.panel.Forwarding;
import org.opencpms.domain.panel.Handover;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.reference.Ern;

/** The parts of the panel document that record who did what when: its history, forwardings, handovers, invitations, comments. */
final class TimelineParts {

    static final Part<Transition> TRANSITION = new Part<>("panel.transition", Transition.class,
            t -> object().add("from", t.from().name()).add("to", t.to().name()).add("by", t.by().toString())
                    .add("at", t.at().toString()).add("reason", t.reason()).build(),
            t -> new Transition(PanelState.valueOf(t.getString("from")), PanelState.valueOf(t.getString("to")), user(t, "by"),
                    instant(t, "at"), t.getString("reason")));

    static final Part<Forwarding> FORWARDING = new Part<>("panel.forwarding", Forwarding.class,
            f -> object().add("from", f.from().name()).add("to", f.to().name()).add("by", f.by().toString())
                    .add("reason", f.reason()).add("at", f.at().toString()).build(),
            f -> new Forwarding(Ern.valueOf(f.getString("from")), Ern.valueOf(f.getString("to")), user(f, "by"),
                    f.getString("reason"), instant(f, "at")));

    static final Part<Handover> HANDOVER = new Part<>("panel.handover", Handover.class,
            h -> object().add("from", h.from().toString()).add("to", h.to().toString()).add("by", h.by().toString())
                    .add("at", h.at().toString()).build(),
            h -> new Handover(user(h, "from"), user(h, "to"), user(h, "by"), instant(h, "at")));

    static final Part<Invitation> INVITATION = new Part<>("panel.invitation", Invitation.class,
            i -> object().add("invitee", i.invitee().toString()).add("kind", i.kind().name())
                    .add("invitedBy", i.invitedBy().toString()).add("invitedAt", i.invitedAt().toString())
                    .add("status", i.status().name()).add("answeredAt", optional(i.answeredAt())).build(),
            i -> new Invitation(user(i, "invitee"), InvitationKind.valueOf(i.getString("kind")), user(i, "invitedBy"),
                    instant(i, "invitedAt"), InvitationStatus.valueOf(i.getString("status")),
                    optionalString(i, "answeredAt").map(Instant::parse)));

    static final Part<TimelineComment> COMMENT = new Part<>("panel.timeline-comment", TimelineComment.class,
            c -> object().add("author", c.author().toString()).add("text", c.text()).add("at", c.at().toString()).build(),
            c -> new TimelineComment(user(c, "author"), c.getString("text"), instant(c, "at")));

    static final List<Part<?>> ALL = List.of(TRANSITION, FORWARDING, HANDOVER, INVITATION, COMMENT);

    private TimelineParts() {
    }
}
