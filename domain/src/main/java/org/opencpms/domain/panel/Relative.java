package org.opencpms.domain.panel;

import java.util.List;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.shared.Require;

/**
 * A relative of the patient in the consultation's family history, the data the pedigree is drawn from (as in
 * PhenoTips, where family history lives in the pedigree): the relationship (an HL7 v3 RoleCode such as {@code MTH},
 * with its display), the relative's sex ({@code female}, {@code male}, {@code other}, {@code unknown}, or empty when
 * not said), whether deceased, and their coded conditions.
 *
 * <p>Invariants: the relationship code is non-blank text of at most {@link PanelLimits#SHORT_TEXT} characters; display
 * and sex are stripped text, never null; the conditions are an unmodifiable list without nulls.
 */
public record Relative(String relationship, String relationshipDisplay, String sex, boolean deceased,
                       List<CodedEntry> conditions) implements ReceivedRecord {

    public Relative {
        relationship = Require.text(relationship, "relative", PanelLimits.SHORT_TEXT);
        relationshipDisplay = Values.optionalText(relationshipDisplay, "relative", PanelLimits.SHORT_TEXT);
        sex = Values.optionalText(sex, "relative", PanelLimits.SHORT_TEXT);
        conditions = Values.listOf(conditions, "relative");
    }
}
