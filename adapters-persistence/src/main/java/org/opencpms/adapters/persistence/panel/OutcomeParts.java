package org.opencpms.adapters.persistence.panel;

import static org.opencpms.adapters.persistence.panel.Fields.array;
import static org.opencpms.adapters.persistence.panel.Fields.instant;
import static org.opencpms.adapters.persistence.panel.Fields.list;
import static org.opencpms.adapters.persistence.panel.Fields.object;
import static org.opencpms.adapters.persistence.panel.Fields.optional;
import static org.opencpms.adapters.persistence.panel.Fields.optionalString;
import static org.opencpms.adapters.persistence.panel.Fields.user;

import java.time.Instant;
import java.util.List;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.OutcomeReview;
import org.opencpms.domain.panel.Usefulness;

/** The parts of the panel document that hold its result: the outcome with its reviews, and the usefulness rating. */
final class OutcomeParts {

    static final Part<OutcomeReview> REVIEW = new Part<>("panel.outcome-review", OutcomeReview.class,
            r -> object().add("reviewer", r.reviewer().toString()).add("agreement", r.agreement().name())
                    .add("comment", r.comment()).add("at", r.at().toString()).build(),
            r -> new OutcomeReview(user(r, "reviewer"), Agreement.valueOf(r.getString("agreement")), r.getString("comment"),
                    instant(r, "at")));

    static final Part<Outcome> OUTCOME = new Part<>("panel.outcome", Outcome.class,
            o -> object().add("conclusion", o.conclusion()).add("recommendations", o.recommendations())
                    .add("treatmentPlan", o.treatmentPlan()).add("draftedBy", o.draftedBy().toString())
                    .add("draftedAt", o.draftedAt().toString()).add("reviews", array(o.reviews(), REVIEW))
                    .add("finalisedAt", optional(o.finalisedAt())).build(),
            o -> new Outcome(o.getString("conclusion"), o.getString("recommendations"), o.getString("treatmentPlan"),
                    user(o, "draftedBy"), instant(o, "draftedAt"), list(o, "reviews", REVIEW),
                    optionalString(o, "finalisedAt").map(Instant::parse)));

    static final Part<Usefulness> USEFULNESS = new Part<>("panel.usefulness", Usefulness.class,
            u -> object().add("rating", u.rating()).add("ratedBy", u.ratedBy().toString())
                    .add("ratedAt", u.ratedAt().toString()).build(),
            u -> new Usefulness(u.getInt("rating"), user(u, "ratedBy"), instant(u, "ratedAt")));

    static final List<Part<?>> ALL = List.of(OUTCOME, REVIEW, USEFULNESS);

    private OutcomeParts() {
    }
}
