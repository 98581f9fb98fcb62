package org.opencpms.adapters.rest.panel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.panel.SectionKind;

/**
 * The consultation form of a panel, as sent to open a panel or edit its form and as shown in a panel. Every field is
 * optional while the panel is a draft: absent texts are empty, absent lists empty, {@code urgent} false. Codes are the
 * strings the coding system uses ({@code G71.0}, {@code ORPHA:558}, {@code HP:0001250}); systems, section kinds and
 * attachment kinds go by name. Never identifying data.
 */
public record ConsultationFormJson(@Size(max = PanelLimits.SHORT_TEXT) String reasonForRequest,
                                   @Size(max = PanelLimits.SHORT_TEXT) String clinicalQuestion,
                                   Boolean urgent,
                                   List<@Valid SectionJson> sections,
                                   List<@Valid CodedEntryJson> diagnoses,
                                   List<@Valid CodedEntryJson> phenotypes,
                                   Map<String, String> customData,
                                   List<@Valid AttachmentJson> attachments,
                                   @Valid AttachmentJson pedigree) {

    /** One clinical section: {@code kind} is a section kind's name ({@code MEDICAL_HISTORY}, {@code GENETICS}...). */
    public record SectionJson(@NotBlank @Schema(implementation = SectionKind.class, required = true) String kind,
                              @NotBlank @Size(max = PanelLimits.TEXT) String text) {
    }

    /** A coded diagnosis or phenotype: {@code system} by name ({@code ICD_10}, {@code ORPHACODE}, {@code HPO}...). */
    public record CodedEntryJson(@NotBlank @Schema(implementation = CodingSystem.class, required = true) String system,
                                 @NotBlank String code, @Size(max = CodedEntry.MAX_DISPLAY_LENGTH) String display) {

        static CodedEntryJson of(CodedEntry entry) {
            return new CodedEntryJson(entry.system().name(), entry.code(), blankToNull(entry.display()));
        }

        CodedEntry toEntry() {
            return new CodedEntry(WireValues.enumValue(CodingSystem.class, system, "coding-system"), code, display);
        }
    }

    static ConsultationFormJson of(ConsultationForm form) {
        return new ConsultationFormJson(blankToNull(form.reasonForRequest()), blankToNull(form.clinicalQuestion()),
                form.urgent(),
                form.sections().stream().map(s -> new SectionJson(s.kind().name(), s.text())).toList(),
                form.diagnoses().stream().map(CodedEntryJson::of).toList(),
                form.phenotypes().stream().map(CodedEntryJson::of).toList(),
                form.customData(),
                form.attachments().stream().map(AttachmentJson::of).toList(),
                form.pedigree().map(AttachmentJson::of).orElse(null));
    }

    /**
     * The domain's form.
     *
     * @throws org.opencpms.domain.shared.InvalidValue for a value the domain refuses (unknown kind or system,
     *         malformed code, duplicate section, pedigree that is not a document...), naming the field
     */
    ConsultationForm toForm() {
        return new ConsultationForm(reasonForRequest, clinicalQuestion, Boolean.TRUE.equals(urgent),
                mapped(sections, s -> new ClinicalSection(
                        WireValues.enumValue(SectionKind.class, s.kind(), "clinical-section-kind"), s.text())),
                mapped(diagnoses, CodedEntryJson::toEntry),
                mapped(phenotypes, CodedEntryJson::toEntry),
                customData,
                mapped(attachments, AttachmentJson::toAttachment),
                Optional.ofNullable(pedigree).map(AttachmentJson::toAttachment));
    }

    /** Maps each element; a null element stays null, for the domain to refuse by the field's name. */
    static <T, R> List<R> mapped(List<T> values, Function<T, R> mapper) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? null : mapper.apply(v)).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
