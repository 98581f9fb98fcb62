package org.opencpms.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web application (web/) generates its typed API client from web/openapi.json, a copy of this document: its
 * paths and schemas must be this document's. A change of the API fails here first; refresh the copy with
 * {@code cp adapters-rest/target/openapi.json web/openapi.json} (this test writes the document there), then build
 * web/ to see what the change means to the application. (OperationsIT checks that the served document is the one
 * these tests build; the served one lacks only the empty {@code security} of the public operations.)
 */
class WebClientDocumentTest {

    @Test
    void the_web_applications_copy_of_the_document_has_the_documents_paths_and_schemas() throws IOException {
        var document = ApiDocument.tree();
        Files.writeString(Path.of("target", "openapi.json"), pretty(document));
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of("..", "web", "openapi.json")))) {
            var copy = reader.readObject();
            for (var part : List.of("paths", "components")) {
                assertThat(copy.get(part)).as("web/openapi.json's %s are not the document's; refresh the copy with: "
                        + "cp adapters-rest/target/openapi.json web/openapi.json", part).isEqualTo(document.get(part));
            }
        }
    }

    private static String pretty(JsonObject document) {
        var text = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text).writeObject(document);
        return text.toString().strip() + "\n";
    }
}
