package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deployed EAR serves on its public port only what the project wrote or consciously exposes: the REST
 * resources of the REST adapter (and the OpenAPI document lists exactly those), the OpenAPI document, Swagger UI
 * and its files, the web application at / (its index.html and hashed assets, and index.html for its own routes), DICOMweb under {@code /dicomweb/studies} (with a bearer token, {@link DicomWebIT}), and the FHIR
 * endpoint under /fhir (whose CapabilityStatement lists exactly what it serves: FhirIT). Well-known paths of WildFly
 * and of the libraries in the EAR (EclipseLink's JPA-RS, consoles, actuators, WADL...) answer 404. A new public path
 * is added to {@link #EXPOSED} or to the REST adapter on purpose, never by accident.
 */
class ServedSurfaceIT extends OnTheBuiltEar {

    /** What is served on purpose besides the REST resources: each answers 200. */
    static final List<String> EXPOSED = List.of("/openapi", "/swagger-ui/", "/swagger-ui/index.html",
            "/swagger-ui/opencpms-initializer.js", "/api/health/live", "/api/metrics", "/api/sign-in", "/fhir/metadata",
            // the web application: its page, and the same page for its routes (SinglePageRoutes)
            "/", "/index.html", "/patients", "/panels/" + UUID.randomUUID(),
            "/panels/" + UUID.randomUUID() + "/studies/2.25.1234", "/notifications", "/settings", "/request-access",
            "/access-requests", "/kpis", "/audit-trail", "/research", "/centres", "/centres/import", "/networks");

    /** Well-known paths of the server and of libraries that are not ours: each answers 404. */
    static final List<String> NOT_OURS = List.of("/favicon.ico", "/api", "/api/",
            // what the web application's routes do not cover
            "/panels", "/panels/", "/panels/x/timeline", "/patients/x", "/notifications/x", "/assets/index.js.map",
            // EclipseLink JPA-RS (in the EAR's lib/)
            "/api/v1.0", "/api/v2.0", "/api/latest", "/api/v1.0/opencpms/metadata", "/api/v2.0/opencpms/metadata-catalog",
            "/api/v1.0/opencpms/entity/PatientEntity/" + java.util.UUID.randomUUID(),
            "/api/v1.0/opencpms/query/PatientEntity.all", "/api/v1.0/opencpms/singleResultQuery/x",
            "/api/v1.0/metadata-catalog",
            // WildFly and its subsystems (management, health and metrics live on the management port only)
            "/console", "/console/index.html", "/management", "/health", "/health/ready", "/health/live",
            "/metrics", "/prometheus", "/wildfly-services", "/noredirect.html", "/welcome-content/",
            // RESTEasy, OpenAPI variants, other frameworks' conventional paths
            "/application.wadl", "/api/application.wadl", "/resteasy/registry", "/api/resteasy/registry",
            "/openapi.json", "/openapi.yaml", "/swagger.json", "/api/swagger.json", "/api/openapi",
            "/jolokia", "/jolokia/list", "/h2-console", "/status", "/server-status", "/error", "/actuator",
            "/actuator/health", "/admin", "/q/health", "/q/metrics", "/q/openapi", "/graphql",
            "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/dicomweb", "/dicomweb/", "/dicomweb/application.wadl",
            "/dicomweb/api/health/live", "/dicomweb/studies/2.25.1/series/2.25.2/instances/2.25.3/thumbnail",
            // FHIR: only what the CapabilityStatement lists (FhirIT) is served; the FHIR WAR holds no files
            "/fhir/Medication", "/fhir/Encounter", "/fhir/Practitioner/1", "/fhir/WEB-INF/web.xml",
            "/fhir/WEB-INF/beans.xml", "/fhir/META-INF/MANIFEST.MF");

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Test
    void the_openapi_document_lists_exactly_the_resource_methods_of_the_rest_adapter() {
        var openapi = Api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        var documented = new TreeSet<String>();
        openapi.json().getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet()
                .stream().filter(VERBS::contains)
                .forEach(verb -> documented.add(verb.toUpperCase(Locale.ROOT) + " " + ResourceMethods.normalise(path))));

        assertThat(documented).as("operations in /openapi").containsExactlyElementsOf(ResourceMethods.all());
    }

    /** Directories of the web module: nothing is listed (403 from the servlet container, or 404). */
    static final List<String> DIRECTORIES = List.of("/webjars/", "/webjars/swagger-ui/", "/assets/");

    @Test
    void directories_of_the_web_module_are_not_listed() {
        var listed = DIRECTORIES.stream().map(path -> path + " -> " + Api.send("GET", path, null, null, Map.of()).status())
                .filter(answer -> !answer.endsWith(" -> 404") && !answer.endsWith(" -> 403")).toList();

        assertThat(listed).as("directories that answer with content").isEmpty();
    }

    @Test
    void well_known_paths_of_the_server_and_its_libraries_answer_404() {
        var token = Accounts.token(Accounts.HP_BERLIN);
        var answered = NOT_OURS.stream()
                .map(path -> path + " -> " + Api.send("GET", path, token, null, Map.of()).status())
                .filter(answer -> !answer.endsWith(" -> 404")).toList();

        assertThat(answered).as("paths that are not ours but answer").isEmpty();
    }

    @Test
    void what_is_exposed_on_purpose_answers() {
        var failing = EXPOSED.stream().map(path -> path + " -> " + Api.send("GET", path, null, null,
                Map.of("Accept", "*/*")).status()).filter(answer -> !answer.endsWith(" -> 200")).toList();

        assertThat(failing).isEmpty();
    }

    @Test
    void the_static_files_of_the_web_module_are_swagger_ui_its_initializer_and_the_built_web_application_only() {
        Set<String> served = StaticContent.of(Deployments.builtEar()).stream()
                .filter(path -> !path.startsWith("/webjars/swagger-ui/")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).contains("/index.html", "/swagger-ui/index.html", "/swagger-ui/opencpms-initializer.js");
        // .wasm: the DICOM viewer's decoders of compressed transfer syntaxes (fetched only for such frames)
        assertThat(served).as("the web application's files besides index.html: hashed scripts, styles and WebAssembly, no source maps")
                .filteredOn(path -> !List.of("/index.html", "/swagger-ui/index.html",
                        "/swagger-ui/opencpms-initializer.js").contains(path))
                .isNotEmpty().allMatch(path -> path.matches("/assets/[\\w-]+-[\\w-]{8}\\.(js|css|wasm)"));
    }
}
