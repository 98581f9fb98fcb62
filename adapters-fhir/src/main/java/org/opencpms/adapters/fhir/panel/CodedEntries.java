package org.opencpms.adapters.fhir.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.adapters.fhir.http.InvalidElement;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;

/**
 * Clinical resources pushed for a consultation become coded entries or clinical text of its form. Every coding in a
 * system OpenCPMS knows ({@link CodingSystem}: ICD-10, ORPHAcode, HPO, LOINC, SNOMED CT, MedDRA) is checked by the
 * domain's format and check-digit rules, wherever it is in the resource: a bad one is a 422 naming its element
 * ({@code Observation.code.coding[1].code}) and the rule. The consultation ({@code ServiceRequest/<panel id>}) names
 * the panel they belong to.
 */
final class CodedEntries {

    static final String CONSULTATION_EXTENSION = "https://opencpms.org/fhir/StructureDefinition/consultation";

    private CodedEntries() {
    }

    /**
     * Checks every coding of the concept in a known system; {@code location} is the concept's FHIRPath.
     *
     * @return the concept's codings in known systems, as coded entries, in order
     */
    static List<CodedEntry> checked(CodeableConcept concept, String location) {
        var entries = new ArrayList<CodedEntry>();
        for (int i = 0; i < concept.getCoding().size(); i++) {
            Coding coding = concept.getCoding().get(i);
            var system = CodingSystem.byUri(coding.getSystem());
            if (system.isPresent()) {
                entries.add(InvalidElement.at(location + ".coding[" + i + "].code",
                        () -> new CodedEntry(system.get(), coding.getCode(), coding.getDisplay())));
            }
        }
        return entries;
    }

    /** The first (checked) coding of the concept in one of the systems. */
    static Optional<CodedEntry> firstIn(CodeableConcept concept, String location, CodingSystem... systems) {
        return checked(concept, location).stream().filter(e -> Arrays.asList(systems).contains(e.system())).findFirst();
    }

    /** @throws ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException unless a coding is in one of the systems */
    static CodedEntry of(CodeableConcept concept, String location, CodingSystem... systems) {
        return firstIn(concept, location, systems).orElseThrow(() -> InvalidElement.refused(location,
                "coded-entry.invalid", "a coding in one of " + Arrays.stream(systems).map(CodingSystem::uri).toList()
                        + " is needed"));
    }

    /** How a coded entry reads in a clinical section: display (system code), or the system and code alone. */
    static String text(CodedEntry entry) {
        var code = entry.system().displayName() + " " + entry.code();
        return entry.display().isEmpty() ? code : entry.display() + " (" + code + ")";
    }

    /** The consultation named by the resource's {@value #CONSULTATION_EXTENSION} extension. */
    static PanelId consultationOf(DomainResource resource) {
        var extension = resource.getExtensionByUrl(CONSULTATION_EXTENSION);
        return consultation(extension != null && extension.getValue() instanceof Reference r ? r : null);
    }

    /** @throws InvalidValue {@code consultation.invalid} unless the reference is a ServiceRequest */
    static PanelId consultation(Reference reference) {
        if (reference == null || !"ServiceRequest".equals(reference.getReferenceElement().getResourceType())) {
            throw new InvalidValue("consultation", "name the consultation as ServiceRequest/<id>");
        }
        return FhirIds.panel(reference.getReferenceElement());
    }
}
