package org.opencpms.application.panel;

import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;

/**
 * Clinical data a caller adds to a panel and says is about a patient must be about the panel's patient. Checked once
 * the change is allowed (so that only the lead learns whether the patient matches).
 */
final class SameSubject {

    private SameSubject() {
    }

    /** @throws InvalidValue {@code subject.invalid} when {@code subject} is named and is not the panel's patient */
    static void require(Panel panel, PatientId subject) {
        if (subject != null && !subject.equals(panel.patient())) {
            throw new InvalidValue("subject", "the consultation is about another patient");
        }
    }
}
