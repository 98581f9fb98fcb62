package org.opencpms.adapters.persistence.dataset;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.FieldDefinition;
import org.opencpms.domain.dataset.FieldType;

/**
 * A customised data set as JSON: an array of
 * {@code {"key": ..., "label": ..., "type": "<FieldType>", "options": [...], "mandatory": true|false}}
 * in data-set order.
 */
final class DataSetJson {

    /** Looked up once: {@code jakarta.json.Json}'s static methods look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private DataSetJson() {
    }

    static String write(CustomDataSet dataSet) {
        var fields = JSON.createArrayBuilder();
        for (FieldDefinition field : dataSet.fields()) {
            var options = JSON.createArrayBuilder();
            field.options().forEach(options::add);
            fields.add(JSON.createObjectBuilder()
                    .add("key", field.key())
                    .add("label", field.label())
                    .add("type", field.type().name())
                    .add("options", options)
                    .add("mandatory", field.mandatory()));
        }
        return fields.build().toString();
    }

    static CustomDataSet read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray fields = reader.readArray();
            return new CustomDataSet(fields.getValuesAs(JsonObject.class).stream()
                    .map(DataSetJson::field)
                    .toList());
        }
    }

    private static FieldDefinition field(JsonObject field) {
        return new FieldDefinition(field.getString("key"), field.getString("label"),
                FieldType.valueOf(field.getString("type")),
                field.getJsonArray("options").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                field.getBoolean("mandatory"));
    }
}
