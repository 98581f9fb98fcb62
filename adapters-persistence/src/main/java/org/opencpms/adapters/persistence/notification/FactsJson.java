package org.opencpms.adapters.persistence.notification;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A notification's facts in the {@code facts} column: one JSON object of strings, keys sorted. */
final class FactsJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private FactsJson() {
    }

    static String encode(Map<String, String> facts) {
        return JSONB.toJson(new TreeMap<>(facts));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> decode(String json) {
        var decoded = new HashMap<String, String>();
        JSONB.fromJson(json, Map.class).forEach((k, v) -> decoded.put(String.valueOf(k), String.valueOf(v)));
        return decoded;
    }
}
