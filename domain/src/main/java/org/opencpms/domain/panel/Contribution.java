package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * One participant's assessment of the case, with the others' comments on it. Recording it again
 * replaces the text and moves {@code updatedAt}; {@code recordedAt} and the comments stay.
 * Invariant: {@code updatedAt} is not before {@code recordedAt}.
 */
public record Contribution(UserId author, String text, Instant recordedAt, Instant updatedAt, List<ContributionComment> comments) {

    public Contribution {
        Require.present(author, "contribution");
        text = Require.text(text, "contribution", PanelLimits.TEXT);
        Require.present(recordedAt, "contribution");
        Require.present(updatedAt, "contribution");
        if (updatedAt.isBefore(recordedAt)) {
            throw new InvalidValue("contribution", "a contribution is updated after it is recorded");
        }
        comments = Values.listOf(comments, "contribution-comment");
    }

    static Contribution first(UserId author, String text, Instant at) {
        return new Contribution(author, text, at, at, List.of());
    }

    Contribution revised(String newText, Instant at) {
        return new Contribution(author, newText, recordedAt, at, comments);
    }

    Contribution withComment(ContributionComment comment) {
        var more = new ArrayList<>(comments);
        more.add(comment);
        return new Contribution(author, text, recordedAt, updatedAt, more);
    }
}
