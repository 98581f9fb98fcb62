package org.opencpms.adapters.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.ProviderId;

class DicomConfigurationTest {

    private static final ProviderId CENTRE = ProviderId.of("6f1c3a52-5d8e-4f3a-9b1e-2a4c6e8f0a1b");
    private static final String KEY = "dGhpcnR5LXR3byBieXRlcyBvZiBhIHRlc3Qga2V5ISE=";

    private static DicomConfiguration of(Map<String, String> values) {
        return new DicomConfiguration(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void the_listener_binds_the_loopback_on_port_11112_as_opencpms_and_admits_no_one_by_default() {
        var settings = of(Map.of()).listenerSettings();

        assertThat(settings.aeTitle()).isEqualTo("OPENCPMS");
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(11112);
        assertThat(settings.callingAeTitles()).isEmpty();
    }

    @Test
    void calling_ae_titles_map_to_their_centres() {
        var settings = of(Map.of(DicomConfiguration.CALLING_AE_TITLES, "PACS_A=" + CENTRE.value() + ", PACS_B =" + CENTRE.value(),
                DicomConfiguration.AE_TITLE, "ERN_ARCHIVE", DicomConfiguration.PORT, "4242")).listenerSettings();

        assertThat(settings.callingAeTitles()).containsOnlyKeys("PACS_A", "PACS_B").containsValue(CENTRE);
        assertThat(settings.aeTitle()).isEqualTo("ERN_ARCHIVE");
        assertThat(settings.port()).isEqualTo(4242);
    }

    @Test
    void the_deidentification_needs_a_key_of_at_least_128_bits_and_dates_shift_or_remove() {
        assertThat(of(Map.of(DicomConfiguration.KEY, KEY)).deidentifier()).isNotNull();
        assertThatThrownBy(() -> of(Map.of()).deidentifier()).hasMessageContaining(DicomConfiguration.KEY);
        assertThatThrownBy(() -> of(Map.of(DicomConfiguration.KEY, "c2hvcnQ=")).deidentifier()).hasMessageContaining("128 bits");
        assertThatThrownBy(() -> of(Map.of(DicomConfiguration.KEY, KEY, DicomConfiguration.DATES, "blur")).deidentifier())
                .hasMessageContaining("shift or remove");
    }

    @Test
    void quarantine_is_on_by_default_and_can_be_switched_off() {
        assertThat(of(Map.of()).burnedInTextRule().enabled()).isTrue();
        assertThat(of(Map.of(DicomConfiguration.QUARANTINE, "false")).burnedInTextRule().enabled()).isFalse();
        assertThat(of(Map.of(DicomConfiguration.QUARANTINE_MODALITIES, "us, es")).burnedInTextRule().riskyModalities())
                .containsOnly("US", "ES");
    }
}
