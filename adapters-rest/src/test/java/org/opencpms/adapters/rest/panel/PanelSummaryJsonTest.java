package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.panel.PanelRole;
import org.opencpms.application.panel.PanelSummary;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.reference.Ern;

class PanelSummaryJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void a_line_of_my_panels_is_mapped_field_by_field() {
        var summary = new PanelSummary(Panels.PANEL, new Nickname("brave-otter-12"), Ern.ERKNET, PanelState.ASSESSMENT,
                true, Optional.of(Panels.T0), PanelRole.INVITED);

        var json = PanelSummaryJson.of(summary);

        assertThat(json).isEqualTo(new PanelSummaryJson(Panels.PANEL.value(), "brave-otter-12", "ERKNET", "ASSESSMENT",
                true, Panels.T0, "INVITED"));
    }

    @Test
    void a_panel_without_deadline_has_none_in_its_json() {
        var summary = new PanelSummary(Panels.PANEL, new Nickname("brave-otter-12"), Ern.ERKNET, PanelState.DRAFT,
                false, Optional.empty(), PanelRole.LEAD);

        var text = JSONB.toJson(PanelSummaryJson.of(summary));

        assertThat(text).doesNotContain("deadline").contains("\"myRole\":\"LEAD\"", "\"nickname\":\"brave-otter-12\"");
    }
}
