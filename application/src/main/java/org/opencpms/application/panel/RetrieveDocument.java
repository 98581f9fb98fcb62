package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ContentAddress;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.PanelItemNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may see a panel downloads one of its documents (e.g. IHE MHD ITI-68), named by its storage key (the SHA-256
 * of its bytes) or by a prefix of at least {@value #MIN_KEY} hex digits of it; audited as a {@code READ} of the panel
 * concerning its patient. A panel out of sight is {@code panel.not-found}; a document it does not list is
 * {@code panel.document-not-found}, whatever the store holds.
 */
@ApplicationScoped
@Transactional
public class RetrieveDocument {

    /** The shortest key prefix that names a document. */
    public static final int MIN_KEY = 32;

    public record Query(Actor actor, PanelId panel, String key) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            if (key == null || key.length() < MIN_KEY || !key.matches("[0-9a-f]+")) {
                throw new InvalidValue("document-key", "a document is named by at least " + MIN_KEY
                        + " lower-case hex digits of its SHA-256");
            }
        }
    }

    /** The document as the form lists it, and its bytes. */
    public record Document(Attachment attachment, byte[] content) {
    }

    private final VisiblePanels visiblePanels;
    private final InstanceFiles files;
    private final Auditing auditing;

    @Inject
    public RetrieveDocument(Panels panels, Patients patients, AccessPolicy policy, InstanceFiles files,
                            Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.files = files;
        this.auditing = auditing;
    }

    public Document handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        var attachment = panel.attachments().stream()
                .filter(a -> a.kind() == AttachmentKind.DOCUMENT && a.reference().startsWith(query.key())).findFirst()
                .orElseThrow(() -> PanelItemNotFound.document(query.key()));
        auditing.record(query.actor(), AuditAction.READ, "Panel", panel.id(), panel.patient(), "retrieve document");
        try (InputStream in = files.open(new ContentAddress(attachment.reference()), Shelf.DOCUMENTS)
                .orElseThrow(() -> PanelItemNotFound.document(query.key()))) {
            return new Document(attachment, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
