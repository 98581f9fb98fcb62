package org.opencpms.adapters.rest.research;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;

/**
 * A code in a coding system ({@code ICD_10}, {@code ORPHACODE}, {@code HPO}...), with its display text if any. Named
 * apart in the OpenAPI document from the consultation form's coded entry, which has the same simple name.
 */
@Schema(name = "ResearchCodedEntryJson")
public record CodedEntryJson(@Schema(implementation = CodingSystem.class) String system, String code, String display) {

    public static CodedEntryJson of(CodedEntry entry) {
        return new CodedEntryJson(entry.system().name(), entry.code(), entry.display().isEmpty() ? null : entry.display());
    }
}
