package org.opencpms.domain.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;

/**
 * Fills in a {@link ConsultationForm} one part at a time, so that a caller names only what it has:
 * <pre>{@code
 * var form = ConsultationForm.builder("Steroid-resistant nephrotic syndrome at age 9", "Is a genetic cause likely?")
 *         .diagnosis(CodingSystem.ICD_10, "N04.1", "Nephrotic syndrome")
 *         .phenotype(CodingSystem.HPO, "HP:0000100", "Nephrotic syndrome")
 *         .section(SectionKind.LABORATORY, "Proteinuria 4.1 g/day.")
 *         .build();
 * }</pre>
 * The form's own rules apply when {@link #build()} makes it (codes are checked as each entry is added).
 */
public final class ConsultationFormBuilder {

    private final String reasonForRequest;
    private final String clinicalQuestion;
    private boolean urgent;
    private final List<ClinicalSection> sections = new ArrayList<>();
    private final List<CodedEntry> diagnoses = new ArrayList<>();
    private final List<CodedEntry> phenotypes = new ArrayList<>();
    private final Map<String, String> customData = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private Attachment pedigree;

    ConsultationFormBuilder(String reasonForRequest, String clinicalQuestion) {
        this.reasonForRequest = reasonForRequest;
        this.clinicalQuestion = clinicalQuestion;
    }

    public ConsultationFormBuilder urgent() {
        urgent = true;
        return this;
    }

    public ConsultationFormBuilder section(SectionKind kind, String text) {
        sections.add(new ClinicalSection(kind, text));
        return this;
    }

    /** @throws org.opencpms.domain.shared.InvalidValue for a code that is not valid in its system */
    public ConsultationFormBuilder diagnosis(CodingSystem system, String code, String display) {
        diagnoses.add(new CodedEntry(system, code, display));
        return this;
    }

    /** @throws org.opencpms.domain.shared.InvalidValue for a code that is not valid in its system */
    public ConsultationFormBuilder phenotype(CodingSystem system, String code, String display) {
        phenotypes.add(new CodedEntry(system, code, display));
        return this;
    }

    /** A value of one of the ERN's custom data-set fields. */
    public ConsultationFormBuilder customField(String field, String value) {
        customData.put(field, value);
        return this;
    }

    public ConsultationFormBuilder attachment(Attachment attachment) {
        attachments.add(attachment);
        return this;
    }

    public ConsultationFormBuilder pedigree(Attachment document) {
        pedigree = document;
        return this;
    }

    /** @throws org.opencpms.domain.shared.InvalidValue if the form breaks one of its invariants */
    public ConsultationForm build() {
        return new ConsultationForm(reasonForRequest, clinicalQuestion, urgent, sections, diagnoses, phenotypes,
                customData, attachments, Optional.ofNullable(pedigree));
    }
}
