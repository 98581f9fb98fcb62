package org.opencpms.application.panel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencpms.domain.panel.DataAnswer;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.OutcomeReview;
import org.opencpms.domain.panel.PanelComment;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.shared.UserId;

/**
 * Everyone a {@link PanelView} mentions: its lead and members, who invited and was invited, who moved it, forwarded
 * or handed it over, who commented, asked for and answered data, contributed, scheduled and attended meetings,
 * drafted and reviewed the outcome and rated it. Users only, never the patient.
 */
final class PanelPeople {

    private PanelPeople() {
    }

    static Set<UserId> of(PanelView view) {
        var people = new HashSet<UserId>(view.members());
        people.add(view.lead());
        view.invitations().forEach(i -> people.addAll(List.of(i.invitee(), i.invitedBy())));
        view.history().stream().map(Transition::by).forEach(people::add);
        view.forwardings().forEach(f -> people.add(f.by()));
        view.handovers().forEach(h -> people.addAll(List.of(h.from(), h.to(), h.by())));
        view.timeline().stream().map(PanelComment::author).forEach(people::add);
        view.dataRequests().stream().map(DataRequest::requestedBy).forEach(people::add);
        view.dataRequests().forEach(r -> r.answer().map(DataAnswer::answeredBy).ifPresent(people::add));
        view.contributions().forEach(c -> {
            people.add(c.author());
            c.comments().stream().map(PanelComment::author).forEach(people::add);
        });
        view.meetings().forEach(m -> {
            people.add(m.scheduledBy());
            people.addAll(m.attendees());
        });
        view.outcome().ifPresent(o -> {
            people.add(o.draftedBy());
            o.reviews().stream().map(OutcomeReview::reviewer).forEach(people::add);
        });
        view.usefulness().ifPresent(u -> people.add(u.ratedBy()));
        return Set.copyOf(people);
    }
}
