package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUE;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUES_ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PanelFormTest {

    private static final ConsultationForm REVISED = Fixtures.form("Unclear diagnosis, CK raised", "Becker or Duchenne?");

    @Test
    void the_lead_edits_a_draft_even_into_an_incomplete_form() {
        Panel panel = Fixtures.draft();
        panel.editForm(LEAD, ConsultationForm.empty(), NOW);
        assertThat(panel.form()).isEqualTo(ConsultationForm.empty());
        assertThat(panel.pullEvents()).containsExactly(new ConsultationFormEdited(panel.id(), LEAD.id(), NOW));
    }

    @Test
    void the_leads_centre_assistant_edits_the_form_too() {
        Panel panel = Fixtures.draft();
        panel.editForm(ASSISTANT, REVISED, NOW);
        assertThat(panel.form()).isEqualTo(REVISED);
        assertThat(panel.pullEvents()).containsExactly(new ConsultationFormEdited(panel.id(), ASSISTANT.id(), NOW));
    }

    @Test
    void no_one_else_edits_the_form() {
        Panel panel = Fixtures.inSelection(EXPERT);
        for (var other : List.of(EXPERT, COLLEAGUE, COLLEAGUES_ASSISTANT, COORDINATOR)) {
            assertFailsWith(() -> panel.editForm(other, REVISED, NOW)).isEqualTo("panel.not-lead");
        }
        assertThat(panel.form()).isEqualTo(Fixtures.completeForm());
    }

    @Test
    void the_form_is_editable_from_draft_to_assessment() {
        List<Supplier<Panel>> editable = List.of(Fixtures::draft, Fixtures::inSelection, Fixtures::inAssessment);
        for (var inState : editable) {
            Panel panel = inState.get();
            panel.editForm(LEAD, REVISED, NOW);
            assertThat(panel.form()).isEqualTo(REVISED);
        }
        assertFailsWith(() -> Fixtures.inSignOff().editForm(LEAD, REVISED, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.closed().editForm(LEAD, REVISED, NOW)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void once_out_of_draft_the_form_keeps_its_reason_and_question() {
        Panel panel = Fixtures.inSelection();
        assertFailsWith(() -> panel.editForm(LEAD, Fixtures.form("", "Q?"), NOW)).isEqualTo("panel.consultation-form-incomplete");
        assertFailsWith(() -> panel.editForm(LEAD, Fixtures.form("R", ""), NOW)).isEqualTo("panel.consultation-form-incomplete");
        assertFailsWith(() -> panel.editForm(LEAD, null, NOW)).isEqualTo("consultation-form.invalid");
        assertThat(panel.pullEvents()).isEmpty();
    }

    @Test
    void the_lead_sets_a_deadline_in_the_future_before_closing() {
        Panel panel = Fixtures.inSignOff();
        panel.setDeadline(LEAD, LATER, NOW);
        assertThat(panel.deadline()).contains(LATER);
        assertThat(panel.pullEvents()).containsExactly(new DeadlineSet(panel.id(), LATER, LEAD.id(), NOW));

        Panel draft = Fixtures.draft();
        draft.setDeadline(LEAD, NOW.plusSeconds(1), NOW);
        assertThat(draft.deadline()).contains(NOW.plusSeconds(1));
    }

    @Test
    void a_deadline_is_set_by_the_lead_in_the_future_of_an_open_panel() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.setDeadline(EXPERT, LATER, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> panel.setDeadline(LEAD, NOW, NOW)).isEqualTo("panel.deadline-not-in-future");
        assertFailsWith(() -> panel.setDeadline(LEAD, null, NOW)).isEqualTo("deadline.invalid");
        assertFailsWith(() -> Fixtures.closed().setDeadline(LEAD, LATER, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertThat(panel.deadline()).isEmpty();
    }
}
