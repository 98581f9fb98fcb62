package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.domain.panel.PanelLimits;

/** Why the panel steps back or is given up: required, at most 4,000 characters. */
public record ReasonRequest(@NotBlank @Size(max = PanelLimits.SHORT_TEXT) String reason) {
}
