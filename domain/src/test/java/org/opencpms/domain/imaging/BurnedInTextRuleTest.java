package org.opencpms.domain.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.imaging.BurnedInText.Statement;

class BurnedInTextRuleTest {

    private static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";
    private static final String US_IMAGE = "1.2.840.10008.5.1.4.1.1.6.1";
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    private static final String MULTIFRAME_TRUE_COLOR_SC = "1.2.840.10008.5.1.4.1.1.7.4";
    private static final String VL_ENDOSCOPIC = "1.2.840.10008.5.1.4.1.1.77.1.1";

    private final BurnedInTextRule rule = BurnedInTextRule.STANDARD;

    @Test
    void an_instance_that_says_it_has_burned_in_text_is_quarantined_whatever_its_kind() {
        assertThat(rule.quarantines(new BurnedInText(Statement.YES, "CT", CT_IMAGE))).isTrue();
    }

    @Test
    void ultrasound_and_secondary_capture_are_quarantined_unless_they_say_no() {
        assertThat(rule.quarantines(new BurnedInText(Statement.NOT_STATED, "US", US_IMAGE))).isTrue();
        assertThat(rule.quarantines(new BurnedInText(Statement.NOT_STATED, "CT", SECONDARY_CAPTURE))).isTrue();
        assertThat(rule.quarantines(new BurnedInText(Statement.NOT_STATED, "", MULTIFRAME_TRUE_COLOR_SC))).isTrue();
        assertThat(rule.quarantines(new BurnedInText(Statement.NOT_STATED, "OT", CT_IMAGE))).isTrue();
        assertThat(rule.quarantines(new BurnedInText(Statement.NO, "US", US_IMAGE))).isFalse();
        assertThat(rule.quarantines(new BurnedInText(Statement.NO, "OT", SECONDARY_CAPTURE))).isFalse();
    }

    @Test
    void a_ct_that_states_nothing_is_not_quarantined_nor_is_a_sop_class_that_merely_starts_with_the_same_digits() {
        assertThat(rule.quarantines(new BurnedInText(Statement.NOT_STATED, "CT", CT_IMAGE))).isFalse();
        assertThat(rule.quarantines(new BurnedInText(Statement.NOT_STATED, "ES", VL_ENDOSCOPIC))).isFalse();
    }

    @Test
    void switched_off_nothing_is_quarantined() {
        var off = new BurnedInTextRule(false, Set.of("US"), List.of(SECONDARY_CAPTURE));

        assertThat(off.quarantines(new BurnedInText(Statement.YES, "US", US_IMAGE))).isFalse();
    }
}
