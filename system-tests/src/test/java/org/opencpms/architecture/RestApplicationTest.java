package org.opencpms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.OpenCpmsApi;

/**
 * The REST application registers its resources and providers by name (scanning would also publish the JAX-RS
 * classes of the EAR's libraries): the list must hold every {@code @Path} and {@code @Provider} class of the REST
 * adapter, and nothing else.
 */
class RestApplicationTest {

    @Test
    void the_application_registers_every_resource_and_provider_of_the_rest_adapter_and_nothing_else() {
        var adapter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opencpms.adapters.rest");
        var annotated = adapter.stream()
                .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class))
                .map(JavaClass::getName).collect(Collectors.toSet());
        var registered = new OpenCpmsApi().getClasses().stream().map(Class::getName).collect(Collectors.toSet());

        assertThat(annotated).as("JAX-RS classes of the REST adapter").hasSizeGreaterThan(20);
        assertThat(registered).as("OpenCpmsApi.getClasses()").containsExactlyInAnyOrderElementsOf(annotated);
    }

    /**
     * JAX-RS picks the root resource first: a root {@code patients/{id}} captures every {@code /patients/x/...} request,
     * so a method {@code {id}/consents} of the root {@code patients} is never reached (404 "nothing at this path").
     * Several roots may share one path (RESTEasy serves them as one); none may sit one template below another root
     * that still has methods under a template.
     */
    @Test
    void no_root_resource_hides_the_methods_of_another() {
        var roots = new OpenCpmsApi().getClasses().stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
        var hidden = new java.util.ArrayList<String>();
        for (var root : roots) {
            String path = trimmed(root.getAnnotation(Path.class).value());
            for (var method : root.getMethods()) {
                var sub = method.getAnnotation(Path.class);
                if (sub == null || !trimmed(sub.value()).startsWith("{")) {
                    continue;
                }
                String firstSegment = trimmed(sub.value()).split("/")[0];
                roots.stream().filter(other -> trimmed(other.getAnnotation(Path.class).value())
                                .matches(java.util.regex.Pattern.quote(path + "/") + "\\{[^/]+\\}"))
                        .forEach(other -> hidden.add(root.getSimpleName() + "." + method.getName() + " (" + path + "/"
                                + firstSegment + "...) behind " + other.getSimpleName()));
            }
        }
        assertThat(hidden).as("methods a root resource one template deeper hides").isEmpty();
    }

    private static String trimmed(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
