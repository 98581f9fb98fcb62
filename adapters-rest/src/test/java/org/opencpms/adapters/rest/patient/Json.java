package org.opencpms.adapters.rest.patient;

import jakarta.json.bind.JsonbBuilder;

/** JSON-B as on the server. */
final class Json {

    private Json() {
    }

    static String write(Object value) throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(value);
        }
    }

    static <T> T read(String json, Class<T> type) throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, type);
        }
    }
}
