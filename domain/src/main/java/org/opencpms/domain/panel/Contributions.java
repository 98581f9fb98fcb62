package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencpms.domain.shared.UserId;

/** The contributions of one panel: at most one per participant, in the order they were first recorded. */
final class Contributions {

    private final Map<UserId, Contribution> byAuthor = new LinkedHashMap<>();

    Contributions(List<Contribution> contributions) {
        contributions.forEach(c -> byAuthor.put(c.author(), c));
    }

    List<Contribution> all() {
        return List.copyOf(byAuthor.values());
    }

    int count() {
        return byAuthor.size();
    }

    /** Records the author's contribution or revises it; returns whether it was a revision. */
    boolean record(UserId author, String text, Instant at) {
        Contribution existing = byAuthor.get(author);
        byAuthor.put(author, existing == null ? Contribution.first(author, text, at) : existing.revised(text, at));
        return existing != null;
    }

    /** The author's contribution; {@link PanelItemNotFound} ({@code panel.contribution-not-found}) when none. */
    Contribution of(UserId author) {
        Contribution contribution = byAuthor.get(author);
        if (contribution == null) {
            throw new PanelItemNotFound(PanelItemNotFound.CONTRIBUTION, "no contribution by " + author + " on this panel");
        }
        return contribution;
    }

    void comment(UserId contributionAuthor, ContributionComment comment) {
        byAuthor.put(contributionAuthor, of(contributionAuthor).withComment(comment));
    }
}
