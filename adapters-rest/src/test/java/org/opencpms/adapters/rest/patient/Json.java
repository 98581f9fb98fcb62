package org.opencpms.adapters.rest.patient;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** JSON-B as on the server. */
final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
