package org.opencpms.domain.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.shared.DefensibleText;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * What the lead tells the panel about the case: the reason for the request and the clinical
 * question, whether it is urgent, the clinical sections, coded diagnoses and phenotypes, the values
 * of the ERN's custom fields, attachments and an optional pedigree (a drawn document), and the structured records
 * received from hospital systems ({@link ReceivedRecord}): laboratory results and the family history's relatives,
 * which the pedigree is drawn from. It never holds identifying data.
 *
 * <p>Invariants: reason and question are stripped text (empty while a draft is incomplete), at most
 * {@link PanelLimits#SHORT_TEXT} characters; at most one section per {@link SectionKind}, ordered
 * by kind; lists and the custom-data map are unmodifiable and hold no nulls; the pedigree, if any,
 * is a document; a received record is kept when the form is edited ({@link #keepingRecordsOf}), whatever the sections
 * now say.
 */
public record ConsultationForm(String reasonForRequest, String clinicalQuestion, boolean urgent,
                               List<ClinicalSection> sections, List<CodedEntry> diagnoses, List<CodedEntry> phenotypes,
                               Map<String, String> customData, List<Attachment> attachments, Optional<Attachment> pedigree,
                               List<LabResult> labResults, List<Relative> relatives) {

    public ConsultationForm {
        reasonForRequest = Values.optionalText(reasonForRequest, "reason-for-request", PanelLimits.SHORT_TEXT);
        clinicalQuestion = Values.optionalText(clinicalQuestion, "clinical-question", PanelLimits.SHORT_TEXT);
        sections = sortedByKind(Values.listOf(sections, "clinical-section"));
        diagnoses = Values.listOf(diagnoses, "diagnosis");
        phenotypes = Values.listOf(phenotypes, "phenotype");
        customData = defensible(Require.noNullEntries(customData == null ? Map.of() : customData, "custom-data"));
        attachments = Values.listOf(attachments, "attachment");
        pedigree = pedigree == null ? Optional.empty() : pedigree;
        if (pedigree.filter(p -> p.kind() != AttachmentKind.DOCUMENT).isPresent()) {
            throw new InvalidValue("pedigree", "a pedigree is a document");
        }
        labResults = Values.listOf(labResults, "lab-result");
        relatives = Values.listOf(relatives, "relative");
    }

    /** A form without received records. */
    public ConsultationForm(String reasonForRequest, String clinicalQuestion, boolean urgent,
                            List<ClinicalSection> sections, List<CodedEntry> diagnoses, List<CodedEntry> phenotypes,
                            Map<String, String> customData, List<Attachment> attachments, Optional<Attachment> pedigree) {
        this(reasonForRequest, clinicalQuestion, urgent, sections, diagnoses, phenotypes, customData, attachments,
                pedigree, List.of(), List.of());
    }

    /** A form to fill in part by part, starting from the reason for the request and the clinical question. */
    public static ConsultationFormBuilder builder(String reasonForRequest, String clinicalQuestion) {
        return new ConsultationFormBuilder(reasonForRequest, clinicalQuestion);
    }

    /** A form with the reason for the request and the clinical question only: enough to submit a panel. */
    public static ConsultationForm of(String reasonForRequest, String clinicalQuestion) {
        return builder(reasonForRequest, clinicalQuestion).build();
    }

    /** A form with nothing filled in yet. */
    public static ConsultationForm empty() {
        return new ConsultationForm(null, null, false, null, null, null, null, null, null);
    }

    private static Map<String, String> defensible(Map<String, String> customData) {
        var checked = new HashMap<String, String>();
        customData.forEach((key, value) -> {
            if (checked.put(DefensibleText.of(key, "custom-data"), DefensibleText.of(value, "custom-data")) != null) {
                throw new InvalidValue("custom-data", "two keys are the same text: " + key);
            }
        });
        return Map.copyOf(checked);
    }

    private static List<ClinicalSection> sortedByKind(List<ClinicalSection> sections) {
        var sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparing(ClinicalSection::kind));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).kind() == sorted.get(i - 1).kind()) {
                throw new InvalidValue("clinical-section", "one section per kind: " + sorted.get(i).kind());
            }
        }
        return List.copyOf(sorted);
    }

    /** The same form with one more attachment, after the others. */
    ConsultationForm withAttachment(Attachment attachment) {
        var more = new ArrayList<>(attachments);
        more.add(attachment);
        return new ConsultationForm(reasonForRequest, clinicalQuestion, urgent, sections, diagnoses, phenotypes, customData,
                more, pedigree, labResults, relatives);
    }

    /**
     * The same form with {@code text} added to the section of that kind: as a new paragraph after its text, or as the
     * section's text when the form has none yet ({@code clinical-section.invalid} when blank or when the section
     * would grow beyond {@link PanelLimits#TEXT} characters).
     */
    public ConsultationForm withAddedText(SectionKind kind, String text) {
        var added = new ClinicalSection(kind, text).text();
        var more = new ArrayList<>(sections.stream().filter(s -> s.kind() != kind).toList());
        more.add(new ClinicalSection(kind, section(kind).map(s -> s.text() + "\n\n" + added).orElse(added)));
        return new ConsultationForm(reasonForRequest, clinicalQuestion, urgent, more, diagnoses, phenotypes, customData,
                attachments, pedigree, labResults, relatives);
    }

    /** The same form with one more received record, after the others of its kind. */
    public ConsultationForm withRecord(ReceivedRecord record) {
        var results = new ArrayList<>(labResults);
        var family = new ArrayList<>(relatives);
        if (Require.present(record, "received-record") instanceof LabResult result) {
            results.add(result);
        } else {
            family.add((Relative) record);
        }
        return new ConsultationForm(reasonForRequest, clinicalQuestion, urgent, sections, diagnoses, phenotypes,
                customData, attachments, pedigree, results, family);
    }

    /** This form (as an editor wrote it) with the records received for {@code before}, which editing does not touch. */
    public ConsultationForm keepingRecordsOf(ConsultationForm before) {
        return new ConsultationForm(reasonForRequest, clinicalQuestion, urgent, sections, diagnoses, phenotypes,
                customData, attachments, pedigree, before.labResults(), before.relatives());
    }

    /** The same form with other coded diagnoses and phenotypes. */
    public ConsultationForm withCodedEntries(List<CodedEntry> newDiagnoses, List<CodedEntry> newPhenotypes) {
        return new ConsultationForm(reasonForRequest, clinicalQuestion, urgent, sections, newDiagnoses, newPhenotypes,
                customData, attachments, pedigree, labResults, relatives);
    }

    /** Whether an attachment refers to the imaging study with this UID. */
    boolean listsStudy(String studyInstanceUid) {
        return attachments.stream()
                .anyMatch(a -> a.kind() == AttachmentKind.IMAGING_STUDY && a.reference().equals(studyInstanceUid));
    }

    public Optional<ClinicalSection> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The fields a panel needs before it leaves DRAFT that this form lacks ({@code reason-for-request}, {@code clinical-question}). */
    public List<String> missingForSubmission() {
        var missing = new ArrayList<String>();
        if (reasonForRequest.isEmpty()) {
            missing.add("reason-for-request");
        }
        if (clinicalQuestion.isEmpty()) {
            missing.add("clinical-question");
        }
        return List.copyOf(missing);
    }
}
