package org.opencpms.adapters.fhir.panel;

import java.util.Arrays;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;

/**
 * Clinical resources pushed for a consultation become coded entries of its form: the first coding of the concept in
 * one of the systems the entry may use (its code checked by the domain's format and check-digit rules), and the
 * consultation ({@code ServiceRequest/<panel id>}) they belong to.
 */
final class CodedEntries {

    static final String CONSULTATION_EXTENSION = "https://opencpms.org/fhir/StructureDefinition/consultation";

    private CodedEntries() {
    }

    /** @throws InvalidValue {@code coded-entry.invalid} when no coding is in one of the systems */
    static CodedEntry of(CodeableConcept concept, CodingSystem... systems) {
        return firstIn(concept, systems).orElseThrow(() -> new InvalidValue("coded-entry", "a coding in one of "
                + Arrays.stream(systems).map(CodingSystem::uri).toList() + " is needed"));
    }

    static Optional<CodedEntry> firstIn(CodeableConcept concept, CodingSystem... systems) {
        for (Coding coding : concept.getCoding()) {
            var system = Arrays.stream(systems).filter(s -> s.uri().equals(coding.getSystem())).findFirst();
            if (system.isPresent()) {
                return Optional.of(new CodedEntry(system.get(), coding.getCode(), coding.getDisplay()));
            }
        }
        return Optional.empty();
    }

    /** @throws InvalidValue {@code consultation.invalid} unless the reference is a ServiceRequest */
    static PanelId consultation(Reference reference) {
        if (reference == null || !"ServiceRequest".equals(reference.getReferenceElement().getResourceType())) {
            throw new InvalidValue("consultation", "name the consultation as ServiceRequest/<id>");
        }
        return FhirIds.panel(reference.getReferenceElement());
    }
}
