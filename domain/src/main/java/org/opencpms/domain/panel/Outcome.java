package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The panel's outcome document as the lead drafted it (conclusion, recommendations, treatment plan),
 * the members' reviews of this draft, and when it was finalised.
 *
 * <p>Invariants: the conclusion is non-blank; recommendations and treatment plan may be empty; at
 * most one review per reviewer (a new review replaces the reviewer's previous one).
 */
public record Outcome(String conclusion, String recommendations, String treatmentPlan, UserId draftedBy, Instant draftedAt,
                      List<OutcomeReview> reviews, Optional<Instant> finalisedAt) {

    public Outcome {
        conclusion = Require.text(conclusion, "conclusion", PanelLimits.TEXT);
        recommendations = Values.optionalText(recommendations, "recommendations", PanelLimits.TEXT);
        treatmentPlan = Values.optionalText(treatmentPlan, "treatment-plan", PanelLimits.TEXT);
        Require.present(draftedBy, "outcome");
        Require.present(draftedAt, "outcome");
        reviews = Values.listOf(reviews, "outcome-review");
        if (new HashSet<>(reviews.stream().map(OutcomeReview::reviewer).toList()).size() != reviews.size()) {
            throw new InvalidValue("outcome", "one review per reviewer");
        }
        finalisedAt = finalisedAt == null ? Optional.empty() : finalisedAt;
    }

    static Outcome draft(String conclusion, String recommendations, String treatmentPlan, UserId by, Instant at) {
        return new Outcome(conclusion, recommendations, treatmentPlan, by, at, List.of(), Optional.empty());
    }

    public boolean isFinal() {
        return finalisedAt.isPresent();
    }

    public Optional<OutcomeReview> reviewBy(UserId reviewer) {
        return reviews.stream().filter(r -> r.reviewer().equals(reviewer)).findFirst();
    }

    Outcome reviewed(OutcomeReview review) {
        var updated = new ArrayList<>(reviews);
        updated.removeIf(r -> r.reviewer().equals(review.reviewer()));
        updated.add(review);
        return new Outcome(conclusion, recommendations, treatmentPlan, draftedBy, draftedAt, updated, finalisedAt);
    }

    Outcome finalised(Instant at) {
        return new Outcome(conclusion, recommendations, treatmentPlan, draftedBy, draftedAt, reviews,
                Optional.of(Require.present(at, "outcome")));
    }

    /** The same draft, no longer final (the panel went back to assessment). */
    Outcome reopened() {
        return new Outcome(conclusion, recommendations, treatmentPlan, draftedBy, draftedAt, reviews, Optional.empty());
    }
}
