package org.opencpms.adapters.rest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;

class NetworkJsonTest {

    @Test
    void every_network_is_listed_once_by_the_apis_name_its_short_code_and_its_full_name() {
        var all = NetworkJson.all();

        assertThat(all).hasSize(Ern.values().length).extracting(NetworkJson::ern).doesNotHaveDuplicates();
        assertThat(all).contains(new NetworkJson("ERKNET", "ERKNet", "European Rare Kidney Disease Reference Network"),
                new NetworkJson("EURO_NMD", "EURO-NMD", "European Reference Network on rare neuromuscular diseases"));
    }
}
