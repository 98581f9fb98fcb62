package org.opencpms.adapters.fhir.panel;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.coding.CodedEntry;

/**
 * A consultation form's coded entries read back: each diagnosis as a Condition ({@code <panel id>-d<n>}), each
 * phenotype as an Observation ({@code <panel id>-p<n>}), both pointing at the consultation (the
 * {@value CodedEntries#CONSULTATION_EXTENSION} extension, or {@code basedOn}), about the patient as the caller may
 * see them ({@link Subjects#reference}). Laboratory results and relatives are records, not coded entries
 * ({@link ReceivedRecordsOut}); reports are clinical text of the form's sections alone.
 */
final class CodedEntriesOut {

    private CodedEntriesOut() {
    }

    static List<Condition> conditions(List<FindClinicalEntries.PanelEntries> found) {
        var conditions = new ArrayList<Condition>();
        for (var entries : found) {
            for (int i = 0; i < entries.diagnoses().size(); i++) {
                var condition = new Condition().setSubject(Subjects.reference(entries.subject()));
                condition.setId(entries.panel().value() + "-d" + i);
                condition.setCode(concept(entries.diagnoses().get(i)));
                condition.addExtension(CodedEntries.CONSULTATION_EXTENSION, consultation(entries));
                conditions.add(condition);
            }
        }
        return conditions;
    }

    static List<Observation> phenotypes(List<FindClinicalEntries.PanelEntries> found) {
        var observations = new ArrayList<Observation>();
        for (var entries : found) {
            for (int i = 0; i < entries.phenotypes().size(); i++) {
                var observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                        .setSubject(Subjects.reference(entries.subject())).addBasedOn(consultation(entries));
                observation.setId(entries.panel().value() + "-p" + i);
                observation.setCode(concept(entries.phenotypes().get(i)));
                observations.add(observation);
            }
        }
        return observations;
    }

    static Reference consultation(FindClinicalEntries.PanelEntries entries) {
        return new Reference("ServiceRequest/" + entries.panel().value());
    }

    static org.hl7.fhir.r4.model.CodeableConcept concept(CodedEntry entry) {
        return new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding(entry.system().uri(), entry.code(),
                entry.display().isEmpty() ? null : entry.display()));
    }
}
