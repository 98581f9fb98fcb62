package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.api.MethodOutcome;
import java.util.Optional;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.application.panel.PanelView;
import org.opencpms.domain.shared.PanelId;

/** The answer to clinical data added to a consultation: 201 with the consultation (ServiceRequest) as it is now. */
final class Consultations {

    private Consultations() {
    }

    static MethodOutcome added(PanelId panel, Optional<PanelView> view) {
        var outcome = new MethodOutcome(FhirIds.of("ServiceRequest", panel.value())).setCreated(true);
        view.ifPresent(v -> outcome.setResource(ServiceRequestMapping.toFhir(v)));
        return outcome;
    }
}
