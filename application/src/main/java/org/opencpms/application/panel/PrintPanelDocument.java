package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
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

    private final PrintablePanels printable;
    private final PanelDocuments documents;

    @Inject
    public PrintPanelDocument(Panels panels, Patients patients, Users users, AccessPolicy policy,
                              PanelDocuments documents, Auditing auditing, Clock clock) {
        this.printable = new PrintablePanels(panels, patients, users, policy, auditing, clock);
        this.documents = documents;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     * @throws org.opencpms.domain.panel.PanelItemNotFound {@code panel.outcome-not-found} for the outcome of a panel
     *         whose lead has not drafted one yet
     */
    public RenderedDocument handle(Query query) {
        boolean outcome = query.document() == Document.OUTCOME;
        var panel = printable.get(query.actor(), query.panel(), outcome,
                outcome ? "print outcome" : "print consultation form");
        return outcome ? documents.outcome(panel) : documents.consultationForm(panel);
    }
}
