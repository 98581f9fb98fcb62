package org.opencpms.adapters.fhir.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.InvalidValue;

class FhirIdsTest {

    @Test
    void an_update_expects_the_version_it_names_and_any_version_for_none_or_a_star() {
        assertThat(FhirIds.expectedVersion(new IdType("Consent", "c", "3"))).isEqualTo(3L);
        assertThat(FhirIds.expectedVersion(new IdType("Consent", "c"))).isNull();
        assertThat(FhirIds.expectedVersion(new IdType("Consent", "c", "*"))).isNull();
    }

    @Test
    void a_version_that_is_no_number_is_refused_with_its_code() {
        assertThatThrownBy(() -> FhirIds.expectedVersion(new IdType("Consent", "c", "abc")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("if-match.invalid"));
    }
}
