package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

/**
 * Logical ids: OpenCPMS's own UUIDs. An id that is not one is answered like an unknown one (404 with the resource's
 * not-found code), so the two cannot be told apart.
 */
public final class FhirIds {

    private FhirIds() {
    }

    public static IdType of(String resourceType, UUID id) {
        return new IdType(resourceType, id.toString());
    }

    public static PatientId patient(IIdType id) {
        return parse(id, PatientId::new, "patient.not-found");
    }

    public static ConsentId consent(IIdType id) {
        return parse(id, ConsentId::new, "consent.not-found");
    }

    public static PanelId panel(IIdType id) {
        return parse(id, PanelId::new, "panel.not-found");
    }

    /**
     * The version an update expects (its {@code If-Match}, or the version of its URL), or null for any version:
     * none named, or {@code *}. A version that is not a number is refused ({@code if-match.invalid}, 422).
     */
    public static Long expectedVersion(IIdType id) {
        if (!id.hasVersionIdPart() || "*".equals(id.getVersionIdPart())) {
            return null;
        }
        try {
            return Long.valueOf(id.getVersionIdPart());
        } catch (NumberFormatException e) {
            throw new InvalidValue("if-match", "expected a version number, not " + id.getVersionIdPart());
        }
    }

    private static <T> T parse(IIdType id, Function<UUID, T> wrap, String notFound) {
        try {
            return wrap.apply(UUID.fromString(id.getIdPart()));
        } catch (RuntimeException e) {
            var message = "no " + id.getResourceType() + " " + id.getIdPart();
            var refusal = new ResourceNotFoundException(message);
            refusal.setOperationOutcome(Outcomes.error(IssueType.NOTFOUND, notFound, message));
            throw refusal;
        }
    }
}
