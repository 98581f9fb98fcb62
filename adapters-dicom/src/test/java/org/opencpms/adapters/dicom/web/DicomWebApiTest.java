package org.opencpms.adapters.dicom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DicomWebApiTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void the_providers_the_web_module_names_guard_the_service() {
        assertThat(DicomWebApi.providers(Optional.of(" java.lang.String , java.lang.Integer"), loader))
                .containsExactlyInAnyOrder(String.class, Integer.class);
    }

    @Test
    void a_provider_not_named_or_not_there_is_refused_by_name() {
        assertThatThrownBy(() -> DicomWebApi.providers(Optional.empty(), loader)).hasMessageContaining("no provider");
        assertThatThrownBy(() -> DicomWebApi.providers(Optional.of(" , "), loader)).hasMessageContaining("no provider");
        assertThatThrownBy(() -> DicomWebApi.providers(Optional.of("org.example.Missing"), loader))
                .hasMessageContaining("org.example.Missing");
    }
}
