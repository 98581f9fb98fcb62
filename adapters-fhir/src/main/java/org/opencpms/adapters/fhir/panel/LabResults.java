package org.opencpms.adapters.fhir.panel;

import java.util.StringJoiner;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Type;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.LabResult;

/**
 * A laboratory result (an Observation coded in LOINC) as a line of the consultation form's laboratory section:
 * {@code Haemoglobin [Mass/volume] in Blood (LOINC 718-7): 13.2 g/dL (reference 12-16 g/dL; interpretation L),
 * 2026-12-01}. The LOINC code is required and checked (format and mod-10 check digit), and so is every other coding
 * of the Observation in a known system (code, value, interpretation), each refused at its own FHIRPath location.
 * Beside the line, the result is kept as it was written ({@link #result}: test, value, unit, time) and read back as an
 * Observation of category {@code laboratory}.
 */
final class LabResults {

    static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

    private LabResults() {
    }

    /** Whether the Observation is a laboratory result: coded in LOINC, or in the laboratory category. */
    static boolean isLaboratory(Observation observation) {
        return observation.getCode().getCoding().stream().anyMatch(c -> CodingSystem.LOINC.uri().equals(c.getSystem()))
                || observation.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> CATEGORY_SYSTEM.equals(c.getSystem()) && "laboratory".equals(c.getCode()));
    }

    /** The structured result the line describes (call {@link #line} first: it checks every coding). */
    static LabResult result(Observation observation, String location) {
        var test = CodedEntries.of(observation.getCode(), location + ".code", CodingSystem.LOINC);
        var effective = observation.hasEffectiveDateTimeType()
                ? observation.getEffectiveDateTimeType().getValueAsString() : null;
        if (observation.getValue() instanceof Quantity quantity) {
            var unit = quantity.hasUnit() ? quantity.getUnit() : quantity.getCode();
            var comparator = quantity.hasComparator() ? quantity.getComparator().toCode() : "";
            return new LabResult(test, quantity.hasValue() ? comparator + quantity.getValue().toPlainString() : null,
                    unit, effective);
        }
        return new LabResult(test, value(observation.getValue(), location + ".value"), null, effective);
    }

    /** The result's line; {@code location} is the Observation's FHIRPath (e.g. {@code DiagnosticReport.contained[0]}). */
    static String line(Observation observation, String location) {
        var loinc = CodedEntries.of(observation.getCode(), location + ".code", CodingSystem.LOINC);
        var line = new StringBuilder(CodedEntries.text(loinc));
        var value = value(observation.getValue(), location + ".value");
        if (!value.isEmpty()) {
            line.append(": ").append(value);
        }
        var details = new StringJoiner("; ", " (", ")").setEmptyValue("");
        var range = observation.getReferenceRangeFirstRep();
        if (range.hasLow() || range.hasHigh()) {
            details.add("reference " + quantity(range.getLow()) + "-" + quantity(range.getHigh()));
        } else if (range.hasText()) {
            details.add("reference " + range.getText());
        }
        if (observation.hasInterpretation()) {
            details.add("interpretation " + concept(observation.getInterpretationFirstRep(),
                    location + ".interpretation[0]"));
        }
        line.append(details);
        if (observation.hasEffectiveDateTimeType()) {
            line.append(", ").append(observation.getEffectiveDateTimeType().getValueAsString());
        }
        observation.getNote().forEach(note -> line.append(". ").append(note.getText()));
        return line.toString();
    }

    private static String value(Type value, String location) {
        if (value instanceof Quantity quantity) {
            return quantity(quantity);
        }
        if (value instanceof CodeableConcept concept) {
            return concept(concept, location + "CodeableConcept");
        }
        if (value instanceof Range range) {
            return quantity(range.getLow()) + "-" + quantity(range.getHigh());
        }
        if (value instanceof PrimitiveType<?> primitive) {
            return primitive.getValueAsString();
        }
        return "";
    }

    private static String quantity(Quantity quantity) {
        if (!quantity.hasValue()) {
            return "";
        }
        var unit = quantity.hasUnit() ? quantity.getUnit() : quantity.getCode();
        var comparator = quantity.hasComparator() ? quantity.getComparator().toCode() : "";
        return comparator + quantity.getValue().toPlainString() + (unit == null ? "" : " " + unit);
    }

    static String concept(CodeableConcept concept, String location) {
        var entries = CodedEntries.checked(concept, location);
        if (concept.hasText()) {
            return concept.getText();
        }
        if (!entries.isEmpty()) {
            return CodedEntries.text(entries.get(0));
        }
        var first = concept.getCodingFirstRep();
        return first.hasDisplay() ? first.getDisplay() : first.getCode();
    }
}
