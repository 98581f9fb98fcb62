package org.opencpms.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A front end can generate its client from the document: openapi-generator's Java client (native HTTP client,
 * Jackson) generated from it compiles, with an enum type for each domain enum and an API class for each tag.
 */
class GeneratedClientTest {

    @Test
    void a_java_client_generated_from_the_document_compiles(@TempDir Path dir) throws Exception {
        var spec = dir.resolve("openapi.json");
        Files.writeString(spec, ApiDocument.json());
        var client = dir.resolve("client");

        new DefaultGenerator().opts(configurator(spec, client).toClientOptInput()).generate();

        var sources = client.resolve("src/main/java");
        assertThat(sources.resolve("org/opencpms/client/model/ConsentKind.java")).exists();
        assertThat(sources.resolve("org/opencpms/client/api/PatientsApi.java")).exists();
        assertThat(compile(sources, dir.resolve("classes"))).isEmpty();
    }

    private static CodegenConfigurator configurator(Path spec, Path output) {
        var configurator = new CodegenConfigurator().setGeneratorName("java").setLibrary("native")
                .setInputSpec(spec.toString()).setOutputDir(output.toString())
                .setInvokerPackage("org.opencpms.client").setApiPackage("org.opencpms.client.api")
                .setModelPackage("org.opencpms.client.model")
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("supportUrlQuery", false);
        List.of("apiTests", "modelTests", "apiDocs", "modelDocs").forEach(p -> configurator.addGlobalProperty(p, "false"));
        return configurator;
    }

    /** Compiles the sources against the test class path (which holds Jackson); answers the errors. */
    private static List<String> compile(Path sources, Path classes) throws Exception {
        List<File> files;
        try (var walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Files.createDirectories(classes);
            var options = List.of("-d", classes.toString(), "-classpath", classPath, "-proc:none", "-nowarn",
                    "--release", "17");
            compiler.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
