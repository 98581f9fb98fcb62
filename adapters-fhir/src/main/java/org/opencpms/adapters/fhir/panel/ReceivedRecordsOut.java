package org.opencpms.adapters.fhir.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.Relative;

/**
 * The records hospital systems sent for consultation forms, read back: each laboratory result as an Observation of
 * category {@code laboratory} ({@code <panel id>-l<n>}: its LOINC code, the value as a Quantity when it is a number
 * with a unit, else as a string, the time taken), each relative of the family history as a FamilyMemberHistory
 * ({@code <panel id>-f<n>}: relationship, sex, deceased, coded conditions), both about the patient as the caller may
 * see them ({@link Subjects#reference}) and pointing at the consultation.
 */
final class ReceivedRecordsOut {

    static final String RELATIONSHIPS = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String GENDERS = "http://hl7.org/fhir/administrative-gender";

    private ReceivedRecordsOut() {
    }

    static List<Observation> labResults(List<FindClinicalEntries.PanelEntries> found) {
        var observations = new ArrayList<Observation>();
        for (var entries : found) {
            for (int i = 0; i < entries.labResults().size(); i++) {
                var result = entries.labResults().get(i);
                var observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                        .setSubject(Subjects.reference(entries.subject()))
                        .addBasedOn(CodedEntriesOut.consultation(entries));
                observation.setId(entries.panel().value() + "-l" + i);
                observation.addCategory().addCoding(new Coding(LabResults.CATEGORY_SYSTEM, "laboratory", "Laboratory"));
                observation.setCode(CodedEntriesOut.concept(result.test()));
                value(observation, result);
                if (!result.effective().isEmpty()) {
                    observation.setEffective(new DateTimeType(result.effective()));
                }
                observations.add(observation);
            }
        }
        return observations;
    }

    static List<FamilyMemberHistory> relatives(List<FindClinicalEntries.PanelEntries> found) {
        var histories = new ArrayList<FamilyMemberHistory>();
        for (var entries : found) {
            for (int i = 0; i < entries.relatives().size(); i++) {
                histories.add(relative(entries, i, entries.relatives().get(i)));
            }
        }
        return histories;
    }

    private static FamilyMemberHistory relative(FindClinicalEntries.PanelEntries entries, int index, Relative relative) {
        var history = new FamilyMemberHistory().setStatus(FamilyMemberHistory.FamilyHistoryStatus.COMPLETED)
                .setPatient(Subjects.reference(entries.subject()));
        history.setId(entries.panel().value() + "-f" + index);
        history.addExtension(CodedEntries.CONSULTATION_EXTENSION, CodedEntriesOut.consultation(entries));
        history.setRelationship(new CodeableConcept().addCoding(new Coding(RELATIONSHIPS, relative.relationship(),
                relative.relationshipDisplay().isEmpty() ? null : relative.relationshipDisplay())));
        if (!relative.sex().isEmpty()) {
            history.setSex(new CodeableConcept().addCoding(new Coding(GENDERS, relative.sex(), null)));
        }
        if (relative.deceased()) {
            history.setDeceased(new org.hl7.fhir.r4.model.BooleanType(true));
        }
        relative.conditions().forEach(condition -> history.addCondition().setCode(CodedEntriesOut.concept(condition)));
        return history;
    }

    private static void value(Observation observation, LabResult result) {
        if (result.value().isEmpty()) {
            return;
        }
        if (!result.unit().isEmpty() && result.value().matches("-?\\d+(\\.\\d+)?")) {
            observation.setValue(new Quantity().setValue(new BigDecimal(result.value())).setUnit(result.unit()));
        } else {
            var unit = result.unit().isEmpty() ? "" : " " + result.unit();
            observation.setValue(new StringType(result.value() + unit));
        }
    }
}
