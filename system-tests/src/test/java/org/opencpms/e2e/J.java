package org.opencpms.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Map;

/** Terse JSON for request bodies: {@code J.obj("text", "hello", "rating", 4)}; nulls are left out. */
public final class J {

    private J() {
    }

    public static JsonObject obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            var value = keysAndValues[i + 1];
            if (value != null) {
                builder.add((String) keysAndValues[i], value(value));
            }
        }
        return builder.build();
    }

    public static JsonArray arr(Object... values) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (Object value : values) {
            builder.add(value(value));
        }
        return builder.build();
    }

    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Integer number) {
            return Json.createValue(number);
        }
        if (value instanceof Long number) {
            return Json.createValue(number);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Collection<?> values) {
            return arr(values.toArray());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            map.forEach((k, v) -> builder.add(k.toString(), value(v)));
            return builder.build();
        }
        return Json.createValue(value.toString());
    }
}
