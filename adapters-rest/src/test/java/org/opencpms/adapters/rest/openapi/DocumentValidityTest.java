package org.opencpms.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The document validates with a standard OpenAPI 3 parser (swagger-parser), without a single message. The validated
 * document is left in {@code target/openapi/openapi.json} for client generators.
 */
class DocumentValidityTest {

    @Test
    void the_document_is_valid_openapi_with_no_parser_message() throws Exception {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIParser().readContents(ApiDocument.json(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(40);
        var file = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ApiDocument.json());
    }
}
