package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.PanelCopied;
import org.opencpms.domain.panel.PanelDrafted;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.user.RoleGrant;

class CopyPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final CopyPanel copy = new CopyPanel(world.panels, world.patients, world.consents, world.policy,
            world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_copies_a_closed_panel_into_a_new_draft_with_the_same_form() {
        var member = world.expert(ERN);
        var source = world.closed(member);

        var copied = copy.handle(new CopyPanel.Command(world.lead, source, world.version(source)));
        var id = copied.id();

        var panel = world.stored(id);
        assertThat(id).isNotEqualTo(source);
        assertThat(panel.state()).isEqualTo(PanelState.DRAFT);
        assertThat(panel.copiedFrom()).contains(source);
        assertThat(panel.form()).isEqualTo(world.stored(source).form());
        assertThat(panel.patient()).isEqualTo(world.patient);
        assertThat(panel.members()).isEmpty();
        assertThat(world.events.published(PanelDrafted.class)).hasSize(1);
        assertThat(world.events.published(PanelCopied.class)).singleElement()
                .satisfies(e -> assertThat(e.source()).isEqualTo(source));
        world.assertAudited(AuditAction.CREATE, world.lead, id);
        assertThat(copied.panel()).hasValueSatisfying(view -> {
            assertThat(view.id()).isEqualTo(id);
            assertThat(view.version()).isZero();
            assertThat(view.form()).isEqualTo(panel.form());
        });
    }

    @Test
    void a_health_professional_who_may_not_see_the_source_may_not_copy_it() {
        var source = world.closed(world.expert(ERN));
        var colleague = world.person(RoleGrant.healthProfessional(ERN, world.centre));

        assertRefused(() -> copy.handle(new CopyPanel.Command(colleague, source, null)), "panel.not-found");
        assertThat(world.panels.ofPatient(world.patient)).hasSize(1);
    }

    @Test
    void the_health_professional_handling_the_patient_copies_a_panel_they_no_longer_lead() {
        var expert = world.expert(ERN);
        var source = world.inSelection();
        world.join(source, expert);
        world.change(source, p -> p.handOver(expert, world.lead, PanelFixtures.NOW));

        var id = copy.handle(new CopyPanel.Command(world.lead, source, null)).id();

        assertThat(world.stored(id).lead()).isEqualTo(world.lead.id());
        assertThat(world.stored(id).copiedFrom()).contains(source);
    }

    @Test
    void a_colleague_who_sees_the_source_in_centre_mode_still_may_not_copy_it() {
        var source = world.closed(world.expert(ERN));
        var colleague = world.person(RoleGrant.healthProfessional(ERN, world.centre));
        var centreMode = new CopyPanel(world.panels, world.patients, world.consents,
                new AccessPolicy(IdentityVisibility.CENTRE), world.events, world.auditing, world.clock);

        assertRefused(() -> centreMode.handle(new CopyPanel.Command(colleague, source, null)), "panel.copy-forbidden");
        assertThat(world.panels.ofPatient(world.patient)).hasSize(1);
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void a_deleted_panel_is_not_found() {
        var source = world.draft();
        world.change(source, p -> p.delete(world.lead, PanelFixtures.NOW));

        assertRefused(() -> copy.handle(new CopyPanel.Command(world.lead, source, null)), "panel.not-found");
    }
}
