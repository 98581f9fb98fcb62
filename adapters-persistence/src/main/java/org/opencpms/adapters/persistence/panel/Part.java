package org.opencpms.adapters.persistence.panel;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.function.Function;

/**
 * One part of the stored panel document (a transition, an invitation, the outcome...): its stable
 * name, chosen by us and never a class name, and how it is written and read, side by side. A part
 * is a JSON object; the document's envelope ({@link PanelDocument}) carries the format version.
 *
 * @param name   {@code panel.<part>}, lower case words joined by hyphens, e.g. {@code panel.invitation}
 * @param type   the domain record the part holds
 * @param writer the record to its JSON object
 * @param reader the JSON object back to an equal record (through its constructor, so its validation runs)
 */
record Part<T>(String name, Class<T> type, Function<T, JsonObject> writer, Function<JsonObject, T> reader) {

    Part {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(reader, "reader");
        if (name == null || !name.matches("panel(\\.[a-z]+(-[a-z]+)*)?")) {
            throw new IllegalArgumentException("not a stable part name: " + name);
        }
    }

    JsonObject write(T part) {
        return writer.apply(part);
    }

    T read(JsonObject json) {
        return reader.apply(json);
    }
}
