package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;

class FindClinicalEntriesTest {

    private final PanelFixtures world = new PanelFixtures();
    private final FindClinicalEntries find = new FindClinicalEntries(world.panels, world.patients, world.policy,
            world.auditing);
    private final AddCodedEntry add = new AddCodedEntry(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);
    private final CodedEntry alport = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome");

    @Test
    void the_enrolling_professional_finds_a_patients_entries_with_the_hospital_identifier() {
        var panel = world.draft();
        add.handle(new AddCodedEntry.Command(world.lead, panel, null, AddCodedEntry.Kind.DIAGNOSIS, alport));

        var found = find.handle(new FindClinicalEntries.Query(world.lead, world.patient, null));

        assertThat(found).singleElement().satisfies(entries -> {
            assertThat(entries.panel()).isEqualTo(panel);
            assertThat(entries.diagnoses()).endsWith(alport);
            assertThat(entries.subject().hospitalIdentifier()).map(h -> h.value()).contains(PanelFixtures.HOSPITAL_ID);
        });
        world.assertAudited(AuditAction.SEARCH, world.lead, panel);
    }

    @Test
    void a_panel_member_of_another_centre_finds_the_entries_under_the_pseudonym_only() {
        var member = world.expert(PanelFixtures.ERN);
        var panel = world.inAssessment(member);

        var found = find.handle(new FindClinicalEntries.Query(member, null, panel));

        assertThat(found).singleElement().satisfies(entries -> {
            assertThat(entries.subject().hospitalIdentifier()).isEmpty();
            assertThat(entries.subject().nickname().value()).isEqualTo("brave-okapi-0427");
            assertThat(entries.subject().toString()).doesNotContain(PanelFixtures.PLANTED);
        });
    }

    @Test
    void an_outsider_finds_nothing_of_the_patient_and_the_panel_is_not_found() {
        var outsider = world.expert(Ern.RND);
        var panel = world.draft();

        assertThat(find.handle(new FindClinicalEntries.Query(outsider, world.patient, null))).isEmpty();
        assertThat(find.handle(new FindClinicalEntries.Query(outsider, new PatientId(UUID.randomUUID()), null))).isEmpty();
        assertRefused(() -> find.handle(new FindClinicalEntries.Query(outsider, null, panel)), "panel.not-found");
    }
}
