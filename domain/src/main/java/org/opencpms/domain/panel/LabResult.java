package org.opencpms.domain.panel;

import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * One laboratory result as it was received: the test coded in LOINC, the value as written (a number or text, empty
 * when the result has none), its unit (empty when none) and when it was taken (an ISO date or date-time as written,
 * empty when not said).
 *
 * <p>Invariants: the test is a LOINC code ({@code lab-result.invalid} otherwise); value, unit and time are stripped
 * text of at most {@link PanelLimits#SHORT_TEXT} characters, never null.
 */
public record LabResult(CodedEntry test, String value, String unit, String effective) implements ReceivedRecord {

    public LabResult {
        Require.present(test, "lab-result");
        if (test.system() != CodingSystem.LOINC) {
            throw new InvalidValue("lab-result", "a laboratory test is coded in LOINC, not " + test.system().displayName());
        }
        value = Values.optionalText(value, "lab-result", PanelLimits.SHORT_TEXT);
        unit = Values.optionalText(unit, "lab-result", PanelLimits.SHORT_TEXT);
        effective = Values.optionalText(effective, "lab-result", PanelLimits.SHORT_TEXT);
    }
}
