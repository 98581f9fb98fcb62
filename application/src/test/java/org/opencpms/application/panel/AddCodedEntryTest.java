package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;

class AddCodedEntryTest {

    private final PanelFixtures world = new PanelFixtures();
    private final AddCodedEntry add = new AddCodedEntry(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_adds_a_diagnosis_and_a_phenotype_and_the_rest_of_the_form_stays() {
        var panel = world.draft();
        var before = world.stored(panel).form();
        var diagnosis = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:558", "Marfan syndrome");
        var phenotype = new CodedEntry(CodingSystem.HPO, "HP:0001250", "Seizure");

        add.handle(new AddCodedEntry.Command(world.lead, panel, null, AddCodedEntry.Kind.DIAGNOSIS, diagnosis));
        add.handle(new AddCodedEntry.Command(world.lead, panel, null, AddCodedEntry.Kind.PHENOTYPE, phenotype));

        var form = world.stored(panel).form();
        assertThat(form.diagnoses()).endsWith(diagnosis).hasSize(before.diagnoses().size() + 1);
        assertThat(form.phenotypes()).endsWith(phenotype).hasSize(before.phenotypes().size() + 1);
        assertThat(form.reasonForRequest()).isEqualTo(before.reasonForRequest());
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void an_entry_said_to_be_about_another_patient_is_refused_and_nothing_is_added() {
        var panel = world.draft();
        var before = world.stored(panel).form();
        var other = world.enrol(world.lead, world.centre, "quiet-heron-0815", "HOSP-OTHER");

        assertRefused(() -> add.handle(new AddCodedEntry.Command(world.lead, panel, other, AddCodedEntry.Kind.DIAGNOSIS,
                new CodedEntry(CodingSystem.ICD_10, "N04.1", null))), "subject.invalid");
        assertThat(world.stored(panel).form()).isEqualTo(before);
    }

    @Test
    void a_member_may_not_add_to_the_form() {
        var member = world.expert(PanelFixtures.ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> add.handle(new AddCodedEntry.Command(member, panel, null, AddCodedEntry.Kind.DIAGNOSIS,
                new CodedEntry(CodingSystem.ICD_10, "N04.1", null))), "panel.not-lead");
    }
}
