package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.opencpms.application.access.ConcealFromOutsiders.Kind;

/**
 * The patient, consent or consultation a FHIR request is addressed to, whose failure an outsider must not tell from an
 * unknown id's: the logical id of a read or write of Patient, Consent, ServiceRequest, Composition or DiagnosticReport
 * (the latter two: the consultation's outcome), or the search parameter naming the one patient or consultation a
 * search is confined to ({@code Consent?patient=}, {@code Condition?consultation=}...). Ids that are no UUID address
 * nothing (they are already answered as unknown).
 */
record Addressed(Kind kind, UUID id) {

    private static final Map<String, Kind> BY_ID = Map.of("Patient", Kind.PATIENT, "Consent", Kind.CONSENT,
            "ServiceRequest", Kind.PANEL, "Composition", Kind.PANEL, "DiagnosticReport", Kind.PANEL);
    /** Resource type and search parameter. */
    private static final Map<String, Kind> BY_SEARCH = Map.of("Consent?patient", Kind.PATIENT,
            "Condition?consultation", Kind.PANEL, "FamilyMemberHistory?consultation", Kind.PANEL,
            "Observation?based-on", Kind.PANEL, "ImagingStudy?basedon", Kind.PANEL);

    static Optional<Addressed> of(RequestDetails request) {
        var type = request.getResourceName();
        if (type == null) {
            return Optional.empty();
        }
        if (request.getId() != null && request.getId().hasIdPart()) {
            return Optional.ofNullable(BY_ID.get(type)).flatMap(kind -> of(kind, request.getId().getIdPart()));
        }
        if (request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE || request.getParameters() == null) {
            return Optional.empty();
        }
        return request.getParameters().entrySet().stream()
                .filter(p -> BY_SEARCH.containsKey(type + "?" + p.getKey()) && p.getValue().length == 1)
                .findFirst()
                .flatMap(p -> of(BY_SEARCH.get(type + "?" + p.getKey()), new IdType(p.getValue()[0]).getIdPart()));
    }

    private static Optional<Addressed> of(Kind kind, String id) {
        try {
            return Optional.of(new Addressed(kind, UUID.fromString(id)));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            return Optional.empty();
        }
    }
}
