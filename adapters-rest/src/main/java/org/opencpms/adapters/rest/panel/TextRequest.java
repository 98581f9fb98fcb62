package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.domain.panel.PanelLimits;

/** Free clinical text: a timeline comment, a data request, a contribution or a comment on one (at most 50,000 characters). */
public record TextRequest(@NotBlank @Size(max = PanelLimits.TEXT) String text) {
}
