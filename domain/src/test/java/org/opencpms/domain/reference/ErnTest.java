package org.opencpms.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErnTest {

    @Test
    void there_are_24_networks_each_with_a_code_and_a_full_name() {
        assertThat(Ern.values()).hasSize(24);
        assertThat(Ern.ERKNET.code()).isEqualTo("ERKNet");
        assertThat(Ern.ERKNET.fullName()).isEqualTo("European Rare Kidney Disease Reference Network");
    }

    @Test
    void a_network_is_found_by_its_code_or_its_name_whatever_the_case() {
        assertThat(Ern.byCode("ERKNet")).contains(Ern.ERKNET);
        assertThat(Ern.byCode(" erknet ")).contains(Ern.ERKNET);
        assertThat(Ern.byCode("ern-rnd")).contains(Ern.RND);
        assertThat(Ern.byCode("euro_nmd")).contains(Ern.EURO_NMD);
        assertThat(Ern.byCode("EURO-NMD")).contains(Ern.EURO_NMD);
        assertThat(Ern.byCode("ERN-X")).isEmpty();
        assertThat(Ern.byCode(null)).isEmpty();
    }
}
