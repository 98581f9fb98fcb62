package org.opencpms.domain.panel;

import org.opencpms.domain.shared.Require;

/** The free text of one clinical section of a consultation form: non-blank, at most {@link PanelLimits#TEXT} characters. */
public record ClinicalSection(SectionKind kind, String text) {

    public ClinicalSection {
        Require.present(kind, "clinical-section");
        text = Require.text(text, "clinical-section", PanelLimits.TEXT);
    }
}
