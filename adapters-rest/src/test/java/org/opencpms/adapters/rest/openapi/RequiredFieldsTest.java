package org.opencpms.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * A field the server refuses when it is missing is required in the document too, so that a generated client (and the
 * web application's types) knows it. SmallRye derives {@code required} from Bean Validation, but an explicit
 * {@code @Schema} on the field (e.g. naming its enum) overrides that unless it says {@code required = true}.
 */
class RequiredFieldsTest {

    @Test
    void every_field_the_server_refuses_when_missing_is_required_in_its_schema() throws Exception {
        var schemas = ApiDocument.schemas();
        var notRequired = new ArrayList<String>();
        int checked = 0;
        for (var field : constrainedFields()) {
            var schema = schemas.getJsonObject(schemaName(field.getDeclaringClass()));
            if (schema == null) {
                continue;
            }
            checked++;
            var required = schema.containsKey("required")
                    ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                    : List.<String>of();
            if (!required.contains(field.getName())) {
                notRequired.add(field.getDeclaringClass().getSimpleName() + "." + field.getName());
            }
        }
        assertThat(checked).as("constrained fields found in the document").isGreaterThan(50);
        assertThat(notRequired).isEmpty();
    }

    private static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /** The record components of the adapter's classes that must be present: {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}. */
    private static List<Field> constrainedFields() throws Exception {
        return ApiDocument.recordFields(field -> field.isAnnotationPresent(NotNull.class)
                || field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class));
    }
}
