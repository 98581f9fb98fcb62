package org.opencpms.domain.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** What the reports need to know of one panel: no patient, no content. */
public record PanelFact(Ern ern, PanelState state, boolean urgent, Instant draftedAt, Instant openedAt,
                        Instant outcomeFinalisedAt, Integer usefulness, Set<UserId> participants) {

    public PanelFact {
        Require.present(ern, "ern");
        Require.present(state, "state");
        Require.present(draftedAt, "drafted-at");
        participants = Set.copyOf(Require.present(participants, "participants"));
    }

    public static PanelFact of(Panel panel) {
        return new PanelFact(panel.leadErn(), panel.state(), panel.isUrgent(), panel.draftedAt(),
                panel.openedAt().orElse(null), panel.outcomeFinalisedAt().orElse(null),
                panel.usefulness().map(Usefulness::rating).orElse(null), panel.participants());
    }

    /** From leaving DRAFT to the final outcome, once both happened. */
    public Optional<Duration> timeToOutcome() {
        return openedAt == null || outcomeFinalisedAt == null
                ? Optional.empty() : Optional.of(Duration.between(openedAt, outcomeFinalisedAt));
    }

    /** Whether the panel was open (between leaving DRAFT and its outcome, or still open) at some time in {@code [from, to)}. */
    boolean activeDuring(Instant from, Instant to) {
        return openedAt != null && openedAt.isBefore(to) && (outcomeFinalisedAt == null || !outcomeFinalisedAt.isBefore(from));
    }
}
