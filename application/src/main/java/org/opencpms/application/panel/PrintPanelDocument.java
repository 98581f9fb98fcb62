package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.OutcomeReview;
import org.opencpms.domain.panel.PanelItemNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * Whoever may see a panel prints its outcome or its consultation form ({@link PanelDocuments}). The document is made
 * from the panel view the caller is shown, so it names the patient by nickname, age and sex only, to every caller,
 * the enrolling health professional included. Audited as a read of the panel.
 */
@ApplicationScoped
@Transactional
public class PrintPanelDocument {

    /** The documents of a panel that can be printed. */
    public enum Document { OUTCOME, CONSULTATION_FORM }

    public record Query(Actor actor, PanelId panel, Document document) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(document, "document");
        }
    }

    private final VisiblePanels visiblePanels;
    private final PanelViews views;
    private final Users users;
    private final PanelDocuments documents;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public PrintPanelDocument(Panels panels, Patients patients, Users users, AccessPolicy policy,
                              PanelDocuments documents, Auditing auditing, Clock clock) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.views = new PanelViews(patients, policy, clock);
        this.users = users;
        this.documents = documents;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     * @throws PanelItemNotFound {@code panel.outcome-not-found} for the outcome of a panel whose lead has not drafted
     *         one yet
     */
    public RenderedDocument handle(Query query) {
        var visible = visiblePanels.get(query.actor(), query.panel());
        var view = views.of(visible.panel(), visible.patient(), visible.panel().version());
        if (query.document() == Document.OUTCOME && view.outcome().isEmpty()) {
            throw PanelItemNotFound.outcome();
        }
        auditing.record(query.actor(), AuditAction.READ, "Panel", view.id(), visible.patient().id(),
                query.document() == Document.OUTCOME ? "print outcome" : "print consultation form");
        var printable = new PrintablePanel(view, namesOf(mentioned(view)), clock.instant());
        return query.document() == Document.OUTCOME
                ? documents.outcome(printable)
                : documents.consultationForm(printable);
    }

    private static Set<UserId> mentioned(PanelView view) {
        var people = new HashSet<>(view.members());
        people.add(view.lead());
        view.outcome().ifPresent(outcome -> {
            people.add(outcome.draftedBy());
            outcome.reviews().stream().map(OutcomeReview::reviewer).forEach(people::add);
        });
        return people;
    }

    private Map<UserId, String> namesOf(Set<UserId> people) {
        var names = new HashMap<UserId, String>();
        people.forEach(id -> users.find(id).map(User::displayName).ifPresent(name -> names.put(id, name)));
        return names;
    }
}
