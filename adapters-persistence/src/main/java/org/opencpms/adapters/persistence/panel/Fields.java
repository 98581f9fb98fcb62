package org.opencpms.adapters.persistence.panel;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.domain.shared.UserId;

/**
 * The field conventions every {@link Part} shares, writing next to reading: ids are UUID strings,
 * instants ISO-8601 UTC with their full precision, enums by name, an absent optional value is JSON
 * {@code null}, a list of parts an array of their objects.
 */
final class Fields {

    /** Looked up once: {@code jakarta.json.Json}'s static methods look the provider up on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private Fields() {
    }

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static <T> JsonArrayBuilder array(Collection<T> items, Part<T> part) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(item -> array.add(part.write(item)));
        return array;
    }

    static <T> List<T> list(JsonObject o, String key, Part<T> part) {
        return o.getJsonArray(key).getValuesAs(JsonObject.class).stream().map(part::read).toList();
    }

    static JsonArrayBuilder strings(Collection<String> items) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(array::add);
        return array;
    }

    static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static JsonValue optional(Optional<?> value) {
        return value.<JsonValue>map(v -> v instanceof JsonValue json ? json : JSON.createValue(v.toString()))
                .orElse(JsonValue.NULL);
    }

    static <T> JsonValue optional(Optional<T> value, Part<T> part) {
        return optional(value.map(part::write));
    }

    static Optional<String> optionalString(JsonObject o, String key) {
        return o.isNull(key) ? Optional.empty() : Optional.of(o.getString(key));
    }

    static <T> Optional<T> optional(JsonObject o, String key, Part<T> part) {
        return o.isNull(key) ? Optional.empty() : Optional.of(part.read(o.getJsonObject(key)));
    }

    static UUID uuid(JsonObject o, String key) {
        return UUID.fromString(o.getString(key));
    }

    static UserId user(JsonObject o, String key) {
        return new UserId(uuid(o, key));
    }

    static Instant instant(JsonObject o, String key) {
        return Instant.parse(o.getString(key));
    }
}
