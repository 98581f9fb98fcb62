package org.opencpms.adapters.fhir.panel;

import java.util.ArrayList;
import java.util.StringJoiner;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.FamilyMemberHistory.FamilyMemberHistoryConditionComponent;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Type;
import org.opencpms.adapters.fhir.http.InvalidElement;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.panel.Relative;

/**
 * A family member's history, twice: as the relative the pedigree is drawn from ({@link #relative}: relationship, sex,
 * deceased, the conditions coded in a known system), and as a readable paragraph of the consultation form's medical
 * history: the relative, their sex, whether deceased and each of their conditions (code checked when in a known
 * system, outcome, onset) as one line, e.g. {@code Family history: mother (female): Alport syndrome (ORPHAcode
 * 88917), onset 12 a; note}.
 */
final class FamilyHistories {

    private FamilyHistories() {
    }

    static String text(FamilyMemberHistory history) {
        var text = new StringBuilder("Family history: ")
                .append(LabResults.concept(history.getRelationship(), "FamilyMemberHistory.relationship"));
        if (history.hasSex()) {
            text.append(" (").append(LabResults.concept(history.getSex(), "FamilyMemberHistory.sex")).append(')');
        }
        if (history.getDeceased() instanceof PrimitiveType<?> deceased && !"false".equals(deceased.getValueAsString())) {
            text.append(", deceased");
        }
        var conditions = new StringJoiner("; ", ": ", "").setEmptyValue("");
        for (int i = 0; i < history.getCondition().size(); i++) {
            conditions.add(condition(history.getCondition().get(i), "FamilyMemberHistory.condition[" + i + "]"));
        }
        text.append(conditions);
        history.getNote().forEach(note -> text.append(". ").append(note.getText()));
        return text.toString();
    }

    /** The relative (call {@link #text} first: it checks every coding). */
    static Relative relative(FamilyMemberHistory history) {
        var relationship = history.getRelationship().getCodingFirstRep();
        var display = history.getRelationship().hasText() ? history.getRelationship().getText()
                : relationship.getDisplay();
        var sex = history.hasSex() ? history.getSex().getCodingFirstRep().getCode() : null;
        var deceased = history.getDeceased() instanceof PrimitiveType<?> value && !"false".equals(value.getValueAsString());
        var conditions = new ArrayList<CodedEntry>();
        for (int i = 0; i < history.getCondition().size(); i++) {
            conditions.addAll(CodedEntries.checked(history.getCondition().get(i).getCode(),
                    "FamilyMemberHistory.condition[" + i + "].code").stream().limit(1).toList());
        }
        return InvalidElement.at("FamilyMemberHistory.relationship", () -> new Relative(
                relationship.hasCode() ? relationship.getCode() : display, display, sex, deceased, conditions));
    }

    private static String condition(FamilyMemberHistoryConditionComponent condition, String location) {
        var text = new StringBuilder(LabResults.concept(condition.getCode(), location + ".code"));
        if (condition.hasOutcome()) {
            text.append(", ").append(LabResults.concept(condition.getOutcome(), location + ".outcome"));
        }
        var onset = onset(condition.getOnset());
        if (!onset.isEmpty()) {
            text.append(", onset ").append(onset);
        }
        condition.getNote().forEach(note -> text.append(", ").append(note.getText()));
        return text.toString();
    }

    private static String onset(Type onset) {
        if (onset instanceof Age age && age.hasValue()) {
            return age.getValue().toPlainString() + " " + (age.hasUnit() ? age.getUnit() : age.getCode());
        }
        return onset instanceof PrimitiveType<?> primitive ? primitive.getValueAsString() : "";
    }
}
