package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.reference.Ern;

class InMemoryErnConfigurationsTest {

    private final InMemoryErnConfigurations configurations = new InMemoryErnConfigurations();

    @Test
    void an_ern_without_a_stored_configuration_gets_the_default_and_saving_replaces_the_previous_one() {
        assertThat(configurations.find(Ern.ERKNET)).isEmpty();
        assertThat(configurations.forErn(Ern.ERKNET)).isEqualTo(ErnConfiguration.defaultFor(Ern.ERKNET));

        configurations.save(new ErnConfiguration(Ern.ERKNET, CustomDataSet.empty(), 3));
        configurations.save(new ErnConfiguration(Ern.ERKNET, CustomDataSet.empty(), 4));

        assertThat(configurations.forErn(Ern.ERKNET).contributionQuorum()).isEqualTo(4);
        assertThat(configurations.find(Ern.RND)).isEmpty();
    }
}
