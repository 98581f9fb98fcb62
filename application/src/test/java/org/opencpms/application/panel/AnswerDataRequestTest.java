package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.DataRequestAnswered;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

class AnswerDataRequestTest {

    private final PanelFixtures world = new PanelFixtures();
    private final AnswerDataRequest answer = new AnswerDataRequest(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_answers_a_data_request_adding_a_document_to_the_case() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        var request = requestBy(member, panel);
        long version = world.version(panel);
        var audiogram = Attachment.document("doc-42", "Audiogram 2025", "application/pdf");

        answer.handle(new AnswerDataRequest.Command(world.lead, panel, version, request, "Attached", List.of(audiogram)));

        assertThat(world.stored(panel).dataRequests()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(request);
            assertThat(r.answer().orElseThrow().answeredAt()).isEqualTo(NOW);
        });
        assertThat(world.stored(panel).attachments()).contains(audiogram);
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(DataRequestAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.requestedBy()).isEqualTo(member.id());
            assertThat(e.attachmentsAdded()).isEqualTo(1);
        });
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void an_unknown_data_request_is_not_found() {
        var panel = world.inAssessment(world.expert(ERN));

        assertRefused(() -> answer.handle(new AnswerDataRequest.Command(world.lead, panel, null, DataRequestId.random(),
                "Attached", null)), "panel.data-request-not-found");
    }

    private DataRequestId requestBy(Actor member, PanelId panel) {
        var request = new AtomicReference<DataRequestId>();
        world.change(panel, p -> request.set(p.requestData(member, "Audiogram, please", NOW)));
        return request.get();
    }
}
