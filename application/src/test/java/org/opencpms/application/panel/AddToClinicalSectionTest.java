package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.shared.PatientId;

class AddToClinicalSectionTest {

    private final PanelFixtures world = new PanelFixtures();
    private final AddToClinicalSection add = new AddToClinicalSection(world.panels, world.patients, world.policy,
            world.events, world.auditing, world.clock);

    @Test
    void the_lead_adds_paragraphs_to_a_section_and_the_rest_of_the_form_stays() {
        var panel = world.draft();
        var before = world.stored(panel).form();
        var patient = world.stored(panel).patient();

        add.handle(new AddToClinicalSection.Command(world.lead, panel, patient, SectionKind.LABORATORY, "Creatinine 1.2"));
        add.handle(new AddToClinicalSection.Command(world.lead, panel, null, SectionKind.LABORATORY, "eGFR 61"));

        var form = world.stored(panel).form();
        assertThat(form.section(SectionKind.LABORATORY).orElseThrow().text()).endsWith("Creatinine 1.2\n\neGFR 61");
        assertThat(form.diagnoses()).isEqualTo(before.diagnoses());
        assertThat(form.reasonForRequest()).isEqualTo(before.reasonForRequest());
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void a_reports_paragraph_and_its_results_are_added_together_the_results_kept_in_order() {
        var panel = world.draft();
        var creatinine = new LabResult(new CodedEntry(CodingSystem.LOINC, "2160-0", "Creatinine"), "1.4", "mg/dL", "");
        var haemoglobin = new LabResult(new CodedEntry(CodingSystem.LOINC, "718-7", "Haemoglobin"), "9.7", "g/dL", "");

        add.handle(new AddToClinicalSection.Command(world.lead, panel, null, SectionKind.LABORATORY,
                "Report: Renal panel", List.of(creatinine, haemoglobin)));

        var stored = world.stored(panel);
        assertThat(stored.form().labResults()).containsExactly(creatinine, haemoglobin);
        assertThat(stored.form().section(SectionKind.LABORATORY).orElseThrow().text()).endsWith("Report: Renal panel");
    }

    @Test
    void data_about_another_patient_is_refused_and_nothing_is_added() {
        var panel = world.draft();
        var before = world.stored(panel).form();

        assertRefused(() -> add.handle(new AddToClinicalSection.Command(world.lead, panel,
                new PatientId(UUID.randomUUID()), SectionKind.MEDICAL_HISTORY, "Mother: Alport syndrome")),
                "subject.invalid");
        assertThat(world.stored(panel).form()).isEqualTo(before);
    }

    @Test
    void a_member_may_not_add_to_a_section() {
        var member = world.expert(PanelFixtures.ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> add.handle(new AddToClinicalSection.Command(member, panel, null, SectionKind.GENETICS,
                "COL4A5 variant")), "panel.not-lead");
    }
}
