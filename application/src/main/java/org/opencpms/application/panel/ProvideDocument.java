package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) attaches documents to the consultation form, all or none, e.g. as a
 * hospital system provides a document bundle (IHE MHD ITI-65): the bytes of each are kept on the
 * {@link Shelf#DOCUMENTS} shelf at the address of their SHA-256, and the form lists each as a document attachment
 * with that address as its storage key. The form's rules hold (the lead only, until sign-off); a document the form
 * already lists is not listed twice (a repeated push lists nothing new); the patient the caller names must be the
 * panel's ({@code subject.invalid}). The bytes are written only once the change is allowed, inside the transaction; a
 * transaction that fails afterwards leaves at most an unreferenced file.
 */
@ApplicationScoped
@Transactional
public class ProvideDocument {

    /** The largest document taken, in bytes (20 MiB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** One document: its title, media type and bytes. */
    public record NewDocument(String title, String mediaType, byte[] content) {
        public NewDocument {
            if (content == null || content.length == 0 || content.length > MAX_BYTES) {
                throw new InvalidValue("document", "a document holds 1 to " + MAX_BYTES + " bytes");
            }
        }
    }

    /** @param subject the patient the caller says the documents are about, or null */
    public record Command(Actor actor, PanelId panel, PatientId subject, List<NewDocument> documents) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            documents = List.copyOf(Require.notEmpty(documents, "document"));
        }
    }

    /** The documents as the form lists them, in the command's order, and the panel as the actor now sees it. */
    public record Provided(List<Attachment> documents, Optional<PanelView> panel) {
    }

    private final PanelChanges changes;
    private final InstanceFiles files;

    @Inject
    public ProvideDocument(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                           Auditing auditing, Clock clock, InstanceFiles files) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
        this.files = files;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws InvalidValue {@code attachment.invalid} (title, media type), {@code subject.invalid}
     */
    public Provided handle(Command cmd) {
        var documents = cmd.documents().stream()
                .map(d -> Attachment.document(sha256(d.content()), d.title(), d.mediaType())).toList();
        var panel = changes.change(cmd.panel(), null, cmd.actor(), AuditAction.UPDATE, "provide documents",
                (p, now) -> {
                    p.editForm(cmd.actor(), with(p.form(), documents), now);
                    SameSubject.require(p, cmd.subject());
                    for (int i = 0; i < documents.size(); i++) {
                        var content = cmd.documents().get(i).content();
                        var stored = files.write(out -> new ByteArrayInputStream(content).transferTo(out),
                                Shelf.DOCUMENTS);
                        if (!stored.address().sha256().equals(documents.get(i).reference())) {
                            throw new IllegalStateException("the document store kept the bytes at another address");
                        }
                    }
                });
        return new Provided(documents, panel);
    }

    private static ConsultationForm with(ConsultationForm form, List<Attachment> documents) {
        var attachments = new ArrayList<>(form.attachments());
        documents.stream().filter(d -> !attachments.contains(d)).forEach(attachments::add);
        return new ConsultationForm(form.reasonForRequest(), form.clinicalQuestion(), form.urgent(), form.sections(),
                form.diagnoses(), form.phenotypes(), form.customData(), attachments, form.pedigree(), form.labResults(),
                form.relatives());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
