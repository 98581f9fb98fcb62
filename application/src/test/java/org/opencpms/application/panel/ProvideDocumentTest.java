package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryInstanceFiles;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;

class ProvideDocumentTest {

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryInstanceFiles files = new InMemoryInstanceFiles();
    private final ProvideDocument provide = new ProvideDocument(world.panels, world.patients, world.policy,
            world.events, world.auditing, world.clock, files);
    private final RetrieveDocument retrieve = new RetrieveDocument(world.panels, world.patients, world.policy, files,
            world.auditing);
    private final byte[] letter = "Referral letter for brave-okapi-0427".getBytes(StandardCharsets.UTF_8);

    private ProvideDocument.Command provided(PatientId subject) {
        return new ProvideDocument.Command(world.lead, world.draft(), subject,
                List.of(new ProvideDocument.NewDocument("Referral letter", "text/plain", letter)));
    }

    @Test
    void the_lead_attaches_a_document_that_whoever_sees_the_panel_retrieves_by_a_prefix_of_its_key() {
        var command = provided(world.patient);

        var document = provide.handle(command).documents().get(0);
        provide.handle(command);

        var form = world.stored(command.panel()).form();
        assertThat(form.attachments()).filteredOn(a -> a.kind() == AttachmentKind.DOCUMENT).containsOnlyOnce(document);
        var found = retrieve.handle(new RetrieveDocument.Query(world.lead, command.panel(),
                document.reference().substring(0, RetrieveDocument.MIN_KEY)));
        assertThat(found.content()).isEqualTo(letter);
        assertThat(found.attachment().mediaType()).isEqualTo("text/plain");
        world.assertAudited(AuditAction.READ, world.lead, command.panel());
    }

    @Test
    void documents_about_another_patient_are_refused_and_nothing_is_listed() {
        var command = provided(new PatientId(UUID.randomUUID()));
        var before = world.stored(command.panel()).form();

        assertRefused(() -> provide.handle(command), "subject.invalid");
        assertThat(world.stored(command.panel()).form()).isEqualTo(before);
    }

    @Test
    void an_outsider_retrieves_nothing_and_a_key_the_panel_does_not_list_is_not_found() {
        var command = provided(null);
        var key = provide.handle(command).documents().get(0).reference();

        assertRefused(() -> retrieve.handle(new RetrieveDocument.Query(world.expert(Ern.RND), command.panel(), key)),
                "panel.not-found");
        assertRefused(() -> retrieve.handle(new RetrieveDocument.Query(world.lead, command.panel(), "0".repeat(64))),
                "panel.document-not-found");
    }
}
