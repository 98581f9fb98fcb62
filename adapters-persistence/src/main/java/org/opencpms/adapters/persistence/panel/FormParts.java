package org.opencpms.adapters.persistence.panel;

import static org.opencpms.adapters.persistence.panel.Fields.array;
import static org.opencpms.adapters.persistence.panel.Fields.list;
import static org.opencpms.adapters.persistence.panel.Fields.object;
import static org.opencpms.adapters.persistence.panel.Fields.optional;

import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.Relative;
import org.opencpms.domain.panel.SectionKind;

/**
 * The consultation form's parts of the panel document. The custom data is an object with sorted keys. The received
 * records ({@code labResults}, {@code relatives}) came later and are written only when the form has some: a document
 * without them (as every one written before) has none.
 */
final class FormParts {

    static final Part<ClinicalSection> SECTION = new Part<>("panel.clinical-section", ClinicalSection.class,
            s -> object().add("kind", s.kind().name()).add("text", s.text()).build(),
            s -> new ClinicalSection(SectionKind.valueOf(s.getString("kind")), s.getString("text")));

    static final Part<CodedEntry> CODED_ENTRY = new Part<>("panel.coded-entry", CodedEntry.class,
            e -> object().add("system", e.system().name()).add("code", e.code()).add("display", e.display()).build(),
            e -> new CodedEntry(CodingSystem.valueOf(e.getString("system")), e.getString("code"), e.getString("display")));

    static final Part<Attachment> ATTACHMENT = new Part<>("panel.attachment", Attachment.class,
            a -> object().add("kind", a.kind().name()).add("reference", a.reference()).add("title", a.title())
                    .add("mediaType", a.mediaType()).build(),
            a -> new Attachment(AttachmentKind.valueOf(a.getString("kind")), a.getString("reference"), a.getString("title"),
                    a.getString("mediaType")));

    static final Part<LabResult> LAB_RESULT = new Part<>("panel.lab-result", LabResult.class,
            r -> object().add("test", CODED_ENTRY.write(r.test())).add("value", r.value()).add("unit", r.unit())
                    .add("effective", r.effective()).build(),
            r -> new LabResult(CODED_ENTRY.read(r.getJsonObject("test")), r.getString("value"), r.getString("unit"),
                    r.getString("effective")));

    static final Part<Relative> RELATIVE = new Part<>("panel.relative", Relative.class,
            r -> object().add("relationship", r.relationship()).add("relationshipDisplay", r.relationshipDisplay())
                    .add("sex", r.sex()).add("deceased", r.deceased()).add("conditions", array(r.conditions(), CODED_ENTRY))
                    .build(),
            r -> new Relative(r.getString("relationship"), r.getString("relationshipDisplay"), r.getString("sex"),
                    r.getBoolean("deceased"), list(r, "conditions", CODED_ENTRY)));

    static final Part<ConsultationForm> FORM = new Part<>("panel.form", ConsultationForm.class,
            f -> object()
                    .add("reasonForRequest", f.reasonForRequest())
                    .add("clinicalQuestion", f.clinicalQuestion())
                    .add("urgent", f.urgent())
                    .add("sections", array(f.sections(), SECTION))
                    .add("diagnoses", array(f.diagnoses(), CODED_ENTRY))
                    .add("phenotypes", array(f.phenotypes(), CODED_ENTRY))
                    .add("customData", customData(f.customData()))
                    .add("attachments", array(f.attachments(), ATTACHMENT))
                    .add("pedigree", optional(f.pedigree(), ATTACHMENT))
                    .addAll(received(f))
                    .build(),
            f -> new ConsultationForm(
                    f.getString("reasonForRequest"),
                    f.getString("clinicalQuestion"),
                    f.getBoolean("urgent"),
                    list(f, "sections", SECTION),
                    list(f, "diagnoses", CODED_ENTRY),
                    list(f, "phenotypes", CODED_ENTRY),
                    f.getJsonObject("customData").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> f.getJsonObject("customData").getString(e.getKey()))),
                    list(f, "attachments", ATTACHMENT),
                    optional(f, "pedigree", ATTACHMENT),
                    f.containsKey("labResults") ? list(f, "labResults", LAB_RESULT) : List.of(),
                    f.containsKey("relatives") ? list(f, "relatives", RELATIVE) : List.of()));

    static final List<Part<?>> ALL = List.of(FORM, SECTION, CODED_ENTRY, ATTACHMENT, LAB_RESULT, RELATIVE);

    private FormParts() {
    }

    /** The received records, each list only when it has some (documents written before them have neither). */
    private static JsonObjectBuilder received(ConsultationForm form) {
        var received = object();
        if (!form.labResults().isEmpty()) {
            received.add("labResults", array(form.labResults(), LAB_RESULT));
        }
        if (!form.relatives().isEmpty()) {
            received.add("relatives", array(form.relatives(), RELATIVE));
        }
        return received;
    }

    private static JsonObjectBuilder customData(Map<String, String> data) {
        JsonObjectBuilder object = object();
        new TreeMap<>(data).forEach(object::add);
        return object;
    }
}
