package org.opencpms.adapters.rest.research;

import org.opencpms.domain.coding.CodedEntry;

/** A code in a coding system ({@code ICD_10}, {@code ORPHACODE}, {@code HPO}...), with its display text if any. */
public record CodedEntryJson(String system, String code, String display) {

    public static CodedEntryJson of(CodedEntry entry) {
        return new CodedEntryJson(entry.system().name(), entry.code(), entry.display().isEmpty() ? null : entry.display());
    }
}
