package org.opencpms.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.user.Language;

/** Every enum-valued field and parameter of the API lists exactly the values its domain enum travels as. */
class EnumValuesTest {

    /** Names that, on this API, always carry an enum value. */
    private static final Set<String> ENUM_NAMES = Set.of("kind", "sex", "role", "roles", "ern", "erns", "leadErn",
            "system", "state", "status", "agreement", "channel", "topic", "language", "action", "tampering", "type",
            "myRole", "consentsInForce");

    @Test
    void every_dto_field_declared_as_an_enum_refers_to_a_schema_listing_the_enum_s_wire_values() throws Exception {
        var schemas = ApiDocument.schemas();
        var fields = enumFields();
        assertThat(fields).hasSizeGreaterThan(50);
        for (var field : fields) {
            var owner = schemas.getJsonObject(schemaName(field.getDeclaringClass()));
            assertThat(owner).as("schema of %s", field.getDeclaringClass().getSimpleName()).isNotNull();
            var schema = field.getAnnotation(Schema.class);
            var property = owner.getJsonObject("properties").getJsonObject(field.getName());
            var name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            if (schema.implementation().isEnum()) {
                assertRefersTo(property.containsKey("items") ? property.getJsonObject("items") : property,
                        schema.implementation(), name);
            }
            if (schema.additionalProperties().isEnum()) {
                assertRefersTo(property.getJsonObject("additionalProperties"), schema.additionalProperties(), name);
            }
            if (schema.propertyNames().isEnum()) {
                assertRefersTo(property.getJsonObject("propertyNames"), schema.propertyNames(), name);
            }
        }
    }

    /** The name SmallRye gives a class's schema: its {@code @Schema(name)}, else its simple name. */
    private static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    @Test
    void no_schema_is_named_by_the_order_of_the_scan() {
        assertThat(ApiDocument.schemas().keySet()).noneMatch(name -> name.matches(".*\\d"));
    }

    private static void assertRefersTo(JsonObject schema, Class<?> type, String field) {
        assertThat(schema).as(field).isNotNull();
        assertThat(schema.getString("$ref", null)).as(field).isEqualTo("#/components/schemas/" + type.getSimpleName());
        assertThat(values(ApiDocument.schemas().getJsonObject(type.getSimpleName())))
                .as("values of %s", type.getSimpleName()).containsExactlyElementsOf(wireValues(type));
    }

    @Test
    void a_language_travels_as_its_iso_code() {
        assertThat(values(ApiDocument.schemas().getJsonObject("Language"))).containsExactly("en", "de", "fr");
        assertThat(WireEnums.values(Language.class)).hasSize(Language.values().length);
    }

    @Test
    void no_property_or_parameter_named_as_an_enum_is_a_bare_string() {
        var bare = new ArrayList<String>();
        ApiDocument.schemas().forEach((name, schema) -> {
            var properties = schema.asJsonObject().getJsonObject("properties");
            if (properties != null) {
                properties.forEach((property, value) -> {
                    if (ENUM_NAMES.contains(property) && isBareString(value.asJsonObject())) {
                        bare.add(name + "." + property);
                    }
                });
            }
        });
        ApiDocument.operations().forEach((operation, body) -> {
            if (body.containsKey("parameters")) {
                body.getJsonArray("parameters").stream().map(p -> p.asJsonObject())
                        .filter(p -> ENUM_NAMES.contains(p.getString("name")) && isBareString(p.getJsonObject("schema")))
                        .forEach(p -> bare.add(operation + " " + p.getString("name")));
            }
        });
        assertThat(bare).isEmpty();
    }

    private static boolean isBareString(JsonObject schema) {
        var items = schema.getJsonObject("items");
        if (items != null) {
            return isBareString(items);
        }
        return "\"string\"".equals(String.valueOf(schema.get("type"))) && !schema.containsKey("enum")
                && !schema.containsKey("format") && !schema.containsKey("pattern");
    }

    private static List<String> values(JsonObject schema) {
        assertThat(schema).isNotNull();
        return schema.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> wireValues(Class<?> type) {
        return WireEnums.values((Class<? extends Enum<?>>) type);
    }

    private static boolean declaresAnEnum(Schema schema) {
        return schema.implementation().isEnum() || schema.additionalProperties().isEnum()
                || schema.propertyNames().isEnum();
    }

    /** The record components of the adapter's classes that declare an enum (value, items, keys) through {@code @Schema}. */
    private static List<Field> enumFields() throws IOException, ReflectiveOperationException {
        return ApiDocument.recordFields(field -> field.getAnnotation(Schema.class) != null
                && declaresAnEnum(field.getAnnotation(Schema.class)));
    }
}
