package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.domain.shared.PanelId;

/**
 * The ids of what a consultation form holds, read back as resources: {@code <panel id>-<kind><n>}, the n-th entry of
 * that kind in the panel's form ({@code d} diagnosis, {@code p} phenotype, {@code l} laboratory result, {@code f}
 * relative). An id of another shape, or one the form does not hold, is a 404 ({@code <resource>.not-found}); a panel
 * the caller may not see is the panel's own 404, whichever entry is asked for.
 */
final class ClinicalIds {

    private static final int UUID_LENGTH = 36;

    private ClinicalIds() {
    }

    /** The panel whose form holds the entry {@code id} names. */
    static PanelId panel(IIdType id) {
        var value = id.getIdPart();
        try {
            if (value != null && value.length() > UUID_LENGTH + 2 && value.charAt(UUID_LENGTH) == '-') {
                return new PanelId(UUID.fromString(value.substring(0, UUID_LENGTH)));
            }
        } catch (IllegalArgumentException malformed) {
            // answered below, as an unknown id
        }
        throw notFound(id);
    }

    /** The one of {@code found} that {@code id} names. */
    static <T extends Resource> T named(IIdType id, List<T> found) {
        return found.stream().filter(r -> r.getIdElement().getIdPart().equals(id.getIdPart())).findFirst()
                .orElseThrow(() -> notFound(id));
    }

    private static ResourceNotFoundException notFound(IIdType id) {
        var type = id.getResourceType();
        var message = "no " + type + " " + id.getIdPart();
        var refusal = new ResourceNotFoundException(message);
        refusal.setOperationOutcome(Outcomes.error(IssueType.NOTFOUND,
                Character.toLowerCase(type.charAt(0)) + type.substring(1).replaceAll("([A-Z])", "-$1").toLowerCase()
                        + ".not-found", message));
        return refusal;
    }
}
