package org.opencpms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.OpenCpmsApi;
import org.opencpms.adapters.rest.security.BearerAuthentication;

/**
 * DICOMweb is guarded by providers the REST WAR names in its MicroProfile Config ({@code opencpms.dicomweb.providers},
 * class names, so that the DICOM adapter depends on no other): each must be a provider the REST API registers too,
 * and the bearer authentication must be among them.
 */
class DicomWebProvidersTest {

    @Test
    void dicomweb_is_guarded_by_the_bearer_authentication_and_providers_of_the_rest_api() throws IOException {
        var config = new Properties();
        try (var in = OpenCpmsApi.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }

        var named = Arrays.stream(config.getProperty("opencpms.dicomweb.providers", "").split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();

        var registered = new OpenCpmsApi().getClasses().stream().map(Class::getName).toList();
        assertThat(named).contains(BearerAuthentication.class.getName()).allSatisfy(n -> assertThat(registered).contains(n));
    }
}
