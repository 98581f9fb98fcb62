package org.opencpms.adapters.rest.openapi;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.opencpms.adapters.rest.OpenCpmsApi;
import org.opencpms.application.panel.PanelRole;
import org.opencpms.domain.reference.Ern;

/**
 * The OpenAPI document of the REST adapter as WildFly serves it at {@code /openapi}: built by SmallRye OpenAPI (the
 * version WildFly 39 ships) from the annotations of the adapter's classes and of the application and domain classes
 * (in the EAR's {@code lib/}, which WildFly indexes with the WAR), with the adapter's
 * {@code META-INF/microprofile-config.properties} (its model reader, filter and exclusions). Built once per test run.
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static SmallRyeOpenAPI built;

    private ApiDocument() {
    }

    /** The document's model. */
    static OpenAPI model() {
        return build().model();
    }

    /** The document as JSON text, as {@code GET /openapi} with {@code Accept: application/json} answers. */
    static String json() {
        return build().toJSON();
    }

    /** The document as a JSON object. */
    static JsonObject tree() {
        try (var reader = Json.createReader(new StringReader(json()))) {
            return reader.readObject();
        }
    }

    /** The component schemas, by name. */
    static JsonObject schemas() {
        return tree().getJsonObject("components").getJsonObject("schemas");
    }

    /** Every operation of the document, as {@code METHOD path}. */
    static Map<String, JsonObject> operations() {
        var operations = new TreeMap<String, JsonObject>();
        tree().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((key, value) -> {
            if (METHODS.contains(key)) {
                operations.put(key.toUpperCase(Locale.ROOT) + " " + path, value.asJsonObject());
            }
        }));
        return operations;
    }

    /** The classes of the REST adapter (its {@code target/classes}). */
    static Path adapterClasses() {
        return classesOf(OpenCpmsApi.class);
    }

    /** The record components (their fields) of the adapter's classes that {@code wanted} accepts. */
    static List<Field> recordFields(Predicate<Field> wanted) throws IOException, ReflectiveOperationException {
        var fields = new ArrayList<Field>();
        var root = adapterClasses();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, ApiDocument.class.getClassLoader());
                if (type.isRecord()) {
                    for (var component : type.getRecordComponents()) {
                        var field = type.getDeclaredField(component.getName());
                        if (wanted.test(field)) {
                            fields.add(field);
                        }
                    }
                }
            }
        }
        return fields;
    }

    private static synchronized SmallRyeOpenAPI build() {
        if (built == null) {
            var loader = OpenCpmsApi.class.getClassLoader();
            built = SmallRyeOpenAPI.builder()
                    .withIndex(index(classesOf(OpenCpmsApi.class), classesOf(PanelRole.class), classesOf(Ern.class)))
                    .withApplicationClassLoader(loader)
                    .withScannerClassLoader(loader)
                    .build();
        }
        return built;
    }

    /** Indexes the classes of each root: a directory ({@code target/classes}) or a jar (after {@code package}). */
    private static Index index(Path... roots) {
        var indexer = new Indexer();
        for (var root : roots) {
            try {
                if (Files.isDirectory(root)) {
                    indexClasses(root, indexer);
                } else {
                    try (var jar = FileSystems.newFileSystem(root)) {
                        indexClasses(jar.getPath("/"), indexer);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return indexer.complete();
    }

    private static void indexClasses(Path root, Indexer indexer) throws IOException {
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (var in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
    }

    private static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
