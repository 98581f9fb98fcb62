package org.opencpms.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;

class CountryTest {

    @Test
    void a_country_is_an_eu_or_eea_iso_code_in_upper_case() {
        assertThat(Country.of("DE").code()).isEqualTo("DE");
        assertThat(Country.of(" fr ").code()).isEqualTo("FR");
        assertThat(Country.of("no")).isEqualTo(new Country("NO"));
        assertThat(Country.of("IS")).hasToString("IS");
    }

    @Test
    void countries_outside_the_eu_and_the_eea_are_refused() {
        for (String other : new String[] {"GB", "CH", "US", "EL", "TR", "", "DEU"}) {
            assertThatThrownBy(() -> Country.of(other)).as(other)
                    .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                    .isEqualTo("country.invalid");
        }
        assertThatThrownBy(() -> Country.of(null)).extracting(e -> ((DomainException) e).code()).isEqualTo("country.invalid");
    }

    @Test
    void the_eu_and_the_eea_have_thirty_countries() {
        assertThat(Country.euAndEea()).hasSize(30)
                .contains(Country.of("GR"), Country.of("LI"), Country.of("MT"), Country.of("HR"));
    }
}
