package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;

class WireValuesTest {

    @Test
    void an_enum_is_read_by_name_ignoring_case() {
        assertThat(WireValues.enumValue(Sex.class, "female", "sex")).isEqualTo(Sex.FEMALE);
        assertThat(WireValues.enumValue(Sex.class, " MALE ", "sex")).isEqualTo(Sex.MALE);
        assertThat(WireValues.optionalEnumValue(Sex.class, null, "sex")).isNull();
    }

    @Test
    void an_unknown_enum_name_is_an_invalid_value_of_the_field_listing_the_names() {
        assertThatThrownBy(() -> WireValues.enumValue(Sex.class, "F", "sex"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("sex.invalid"))
                .hasMessageContaining("FEMALE, MALE, OTHER, UNKNOWN");
        assertThatThrownBy(() -> WireValues.enumValue(Sex.class, " ", "sex"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("sex.invalid"));
    }

    @Test
    void an_ern_is_read_by_name_or_by_its_own_code() {
        assertThat(WireValues.ern("ERKNET", "ern")).isEqualTo(Ern.ERKNET);
        assertThat(WireValues.ern("ERKNet", "ern")).isEqualTo(Ern.ERKNET);
        assertThat(WireValues.optionalErn("", "ern")).isNull();
        assertThatThrownBy(() -> WireValues.ern("ERN-NOPE", "ern"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("ern.invalid"));
    }

    @Test
    void an_id_failure_is_named_after_the_wire_field() {
        var id = UUID.randomUUID();

        assertThat(WireValues.id(id.toString(), "id", PatientId::of)).isEqualTo(new PatientId(id));
        assertThat(WireValues.optionalId(null, "enrollingHp", PatientId::of)).isNull();
        assertThatThrownBy(() -> WireValues.id("42", "centre", PatientId::of))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("centre.invalid"));
        assertThatThrownBy(() -> WireValues.id(null, "centre", PatientId::of))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("centre.invalid"));
    }

    @Test
    void an_instant_is_iso_8601() {
        assertThat(WireValues.optionalInstant("2025-01-31T12:00:00Z", "from"))
                .isEqualTo(Instant.parse("2025-01-31T12:00:00Z"));
        assertThat(WireValues.optionalInstant(null, "from")).isNull();
        assertThatThrownBy(() -> WireValues.optionalInstant("31/01/2025", "from"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("from.invalid"));
    }
}
