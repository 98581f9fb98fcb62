package org.opencpms.adapters.fhir.outcome;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.IdType;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.application.panel.ViewOutcome;

/**
 * A panel's outcome as a FHIR document, for whoever may see the panel ({@link ViewOutcome}, the same rule as the
 * printed outcome over REST): {@code GET Composition/<panel id>} reads the {@link OutcomeComposition}, and
 * {@code GET Composition/<panel id>/$document} the document Bundle ({@link OutcomeDocument}). A panel out of sight is
 * the 404 of an unknown one ({@code panel.not-found}); a panel without an outcome yet is 404
 * {@code panel.outcome-not-found}.
 */
@Dependent
public class CompositionResourceProvider implements IResourceProvider {

    private final ViewOutcome view;

    @Inject
    public CompositionResourceProvider(ViewOutcome view) {
        this.view = view;
    }

    @Override
    public Class<Composition> getResourceType() {
        return Composition.class;
    }

    @Read
    public Composition read(@IdParam IdType id, RequestDetails request) {
        return OutcomeComposition.of(view.handle(new ViewOutcome.Query(FhirCaller.actor(request), FhirIds.panel(id))));
    }

    @Operation(name = "$document", idempotent = true)
    public Bundle document(@IdParam IdType id, RequestDetails request) {
        var printable = view.handle(new ViewOutcome.Query(FhirCaller.actor(request), FhirIds.panel(id)));
        return OutcomeDocument.of(printable, request.getFhirServerBase());
    }
}
