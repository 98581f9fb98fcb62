package org.opencpms.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.RuleViolation;

class ErnConfigurationTest {

    private static final FieldDefinition ACUITY = new FieldDefinition("acuity", "Visual acuity", FieldType.NUMBER, null, true);
    private static final FieldDefinition SIDE = new FieldDefinition("side", "Eye", FieldType.CHOICE, List.of("left", "right"), true);
    private static final FieldDefinition ONSET = new FieldDefinition("onset", "Onset", FieldType.DATE, null, false);
    private static final CustomDataSet EYE_DATA_SET = new CustomDataSet(List.of(ACUITY, SIDE, ONSET));

    @Test
    void the_default_configuration_has_no_fields_and_a_quorum_of_two() {
        var configuration = ErnConfiguration.defaultFor(Ern.EYE);
        assertThat(configuration.ern()).isEqualTo(Ern.EYE);
        assertThat(configuration.dataSet().fields()).isEmpty();
        assertThat(configuration.contributionQuorum()).isEqualTo(2);
        assertThat(configuration.quorumReachedBy(1)).isFalse();
        assertThat(configuration.quorumReachedBy(2)).isTrue();
        assertThat(configuration.quorumReachedBy(3)).isTrue();
    }

    @Test
    void the_quorum_is_at_least_one() {
        assertThat(new ErnConfiguration(Ern.EYE, EYE_DATA_SET, 1).quorumReachedBy(1)).isTrue();
        assertThatThrownBy(() -> new ErnConfiguration(Ern.EYE, EYE_DATA_SET, 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("contribution-quorum.invalid");
    }

    @Test
    void ern_and_data_set_are_required() {
        assertThatThrownBy(() -> new ErnConfiguration(null, EYE_DATA_SET, 2))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("ern-configuration.invalid");
        assertThatThrownBy(() -> new ErnConfiguration(Ern.EYE, null, 2))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("ern-configuration.invalid");
    }

    @Test
    void a_data_set_keeps_its_fields_in_order_and_finds_them_by_key() {
        assertThat(EYE_DATA_SET.fields()).containsExactly(ACUITY, SIDE, ONSET);
        assertThat(EYE_DATA_SET.field("side")).contains(SIDE);
        assertThat(EYE_DATA_SET.field("nope")).isEmpty();
        assertThat(CustomDataSet.empty().fields()).isEmpty();
    }

    @Test
    void a_data_set_refuses_a_key_defined_twice() {
        var again = new FieldDefinition("acuity", "Again", FieldType.TEXT, null, false);
        assertThatThrownBy(() -> new CustomDataSet(List.of(ACUITY, again)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("custom-data-set.invalid");
    }

    @Test
    void complete_and_well_formed_values_pass() {
        var configuration = new ErnConfiguration(Ern.EYE, EYE_DATA_SET, 3);
        configuration.validate(Map.of("acuity", "0.8", "side", "left"));
        configuration.validate(Map.of("acuity", "0.8", "side", "left", "onset", "2020-01-31", "unknown", "ignored"));
        assertThat(EYE_DATA_SET.problemsIn(Map.of("acuity", "0.8", "side", "left", "onset", " "))).isEmpty();
    }

    @Test
    void missing_mandatory_and_malformed_values_are_listed_in_data_set_order() {
        var values = new HashMap<String, String>();
        values.put("side", " ");
        values.put("onset", "last spring");
        assertThat(EYE_DATA_SET.problemsIn(values)).containsExactly("acuity", "side", "onset");

        var configuration = new ErnConfiguration(Ern.EYE, EYE_DATA_SET, 2);
        assertThatThrownBy(() -> configuration.validate(Map.of("acuity", "good", "side", "left")))
                .isInstanceOf(RuleViolation.class)
                .isInstanceOfSatisfying(CustomDataIncomplete.class, e -> {
                    assertThat(e.code()).isEqualTo("panel.custom-data-incomplete");
                    assertThat(e.fieldKeys()).containsExactly("acuity");
                    assertThat(e.getMessage()).contains("acuity");
                });
    }

    @Test
    void values_are_required_for_validation() {
        assertThatThrownBy(() -> EYE_DATA_SET.problemsIn(null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("custom-data.invalid");
    }

    @Test
    void the_port_falls_back_to_the_default_configuration() {
        var stored = new ErnConfiguration(Ern.EYE, EYE_DATA_SET, 3);
        ErnConfigurations configurations = new ErnConfigurations() {
            @Override
            public Optional<ErnConfiguration> find(Ern ern) {
                return ern == Ern.EYE ? Optional.of(stored) : Optional.empty();
            }

            @Override
            public void save(ErnConfiguration configuration) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(configurations.forErn(Ern.EYE)).isSameAs(stored);
        assertThat(configurations.forErn(Ern.RND)).isEqualTo(ErnConfiguration.defaultFor(Ern.RND));
    }
}
