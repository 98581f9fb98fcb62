package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencpms.adapters.rest.imaging.ImagingStudyResource;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.DeclineInvitation;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.ListInvitableExperts;
import org.opencpms.application.panel.ViewPanel;

/**
 * A panel change answers the view its own use case returned from the change's one transaction: no resource that
 * serves a change holds the panel query ({@link ViewPanel}), which would read the panel again in a second
 * transaction (and audit a second time). Only {@link SinglePanelResource} holds it, for {@code GET /panels/{id}}.
 * {@link PanelReplies}, which every one of them holds, adds only the names of the people the view mentions (users,
 * never the panel again).
 */
class PanelChangesAnswerTheirOwnViewTest {

    static Stream<Class<?>> resourcesServingChanges() {
        return Stream.of(PanelResource.class, FormResource.class, LifecycleResource.class, StepBackResource.class,
                ClosingResource.class, LeadershipResource.class, InvitationResource.class, TimelineResource.class,
                DataRequestResource.class, ContributionResource.class, MeetingResource.class, OutcomeResource.class,
                ImagingStudyResource.class, PanelReplies.class);
    }

    @ParameterizedTest
    @MethodSource("resourcesServingChanges")
    void no_resource_serving_a_change_reads_the_panel_again(Class<?> resource) {
        assertThat(fieldTypes(resource)).doesNotContain(ViewPanel.class);
    }

    @Test
    void an_invitation_request_calls_one_use_case_and_nothing_else() {
        assertThat(fieldTypes(InvitationResource.class)).containsExactlyInAnyOrder(Caller.class, InviteExpert.class,
                AcceptInvitation.class, DeclineInvitation.class, ListInvitableExperts.class, PanelReplies.class);
    }

    private static Stream<Class<?>> fieldTypes(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !f.isSynthetic()).map(Field::getType);
    }
}
