package org.opencpms.adapters.persistence.outbox;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.shared.DomainEvent;

/**
 * JSON for event records, by reflection on their components, in both directions.
 *
 * <p>Encoding: a record is an object of its components in declaration order, except a record of one
 * scalar component (an id such as {@code PatientId(UUID value)}), which is that scalar; strings,
 * UUIDs, URIs, instants, dates and durations are JSON strings (ISO-8601 for times); enums their
 * name; numbers and booleans themselves; lists and sets arrays; null is null. Decoding follows the
 * component types (generic element types included) and calls the canonical constructor, so the
 * record's own validation runs again. Any other type is refused with an {@link IllegalArgumentException}.
 */
final class EventJson {

    /** Looked up once: {@code jakarta.json.Json}'s static methods look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Set<Class<?>> NUMBERS = Set.of(Integer.class, Long.class, Short.class, Byte.class, Double.class,
            Float.class, BigDecimal.class);

    /** The shape of each record class met, see {@link Shape}. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private EventJson() {
    }

    static String encode(DomainEvent event) {
        return value(event).toString();
    }

    static DomainEvent decode(String type, String payload) {
        Class<?> eventClass = eventClass(type);
        try (var reader = JSON.createReader(new StringReader(payload))) {
            return (DomainEvent) read(reader.readValue(), eventClass);
        }
    }

    private static Class<?> eventClass(String type) {
        try {
            Class<?> found = Class.forName(type, false, DomainEvent.class.getClassLoader());
            if (!DomainEvent.class.isAssignableFrom(found) || !found.isRecord()) {
                throw new IllegalArgumentException(type + " is not a domain event record");
            }
            return found;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type " + type, e);
        }
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return JSON.createValue(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (value instanceof Enum<?> e) {
            return JSON.createValue(e.name());
        }
        if (isTextual(value.getClass())) {
            return JSON.createValue(value.toString());
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Record record) {
            return record(record);
        }
        throw new IllegalArgumentException("an event cannot carry a " + value.getClass().getName());
    }

    private static JsonValue record(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        if (shape.scalarWrapper()) {
            return value(shape.component(0, record));
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (int i = 0; i < shape.components().length; i++) {
            object.add(shape.components()[i].getName(), value(shape.component(i, record)));
        }
        return object.build();
    }

    private static Object read(JsonValue json, Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return collection(json, parameterized);
        }
        Class<?> target = (Class<?>) type;
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException("null for a " + target.getName());
            }
            return null;
        }
        if (target.isRecord()) {
            return newRecord(json, target);
        }
        return scalar(json, target);
    }

    private static Object collection(JsonValue json, ParameterizedType type) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = (Class<?>) type.getRawType();
        Type element = type.getActualTypeArguments()[0];
        List<Object> items = new ArrayList<>();
        for (JsonValue item : (JsonArray) json) {
            items.add(read(item, element));
        }
        if (Set.class.isAssignableFrom(raw)) {
            return new LinkedHashSet<>(items);
        }
        if (raw == List.class || raw == Collection.class) {
            return items;
        }
        throw new IllegalArgumentException("an event cannot carry a " + raw.getName());
    }

    private static Object newRecord(JsonValue json, Class<?> target) {
        Shape shape = SHAPES.get(target);
        RecordComponent[] components = shape.components();
        Object[] arguments = new Object[components.length];
        if (shape.scalarWrapper()) {
            arguments[0] = read(json, components[0].getGenericType());
        } else {
            JsonObject object = (JsonObject) json;
            for (int i = 0; i < components.length; i++) {
                arguments[i] = read(object.getOrDefault(components[i].getName(), JsonValue.NULL), components[i].getGenericType());
            }
        }
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = target.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalArgumentException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot construct " + target.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object scalar(JsonValue json, Class<?> target) {
        if (target == boolean.class || target == Boolean.class) {
            return bool(json);
        }
        if (target == int.class || target == Integer.class) {
            return ((JsonNumber) json).intValueExact();
        }
        if (target == long.class || target == Long.class) {
            return ((JsonNumber) json).longValueExact();
        }
        if (target == short.class || target == Short.class) {
            return (short) ((JsonNumber) json).intValueExact();
        }
        if (target == byte.class || target == Byte.class) {
            return (byte) ((JsonNumber) json).intValueExact();
        }
        if (target == double.class || target == Double.class) {
            return ((JsonNumber) json).doubleValue();
        }
        if (target == float.class || target == Float.class) {
            return (float) ((JsonNumber) json).doubleValue();
        }
        if (target == BigDecimal.class) {
            return ((JsonNumber) json).bigDecimalValue();
        }
        String text = ((JsonString) json).getString();
        if (target.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) target, text);
        }
        if (target == String.class) {
            return text;
        }
        if (target == UUID.class) {
            return UUID.fromString(text);
        }
        if (target == Instant.class) {
            return Instant.parse(text);
        }
        if (target == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (target == Duration.class) {
            return Duration.parse(text);
        }
        if (target == URI.class) {
            return URI.create(text);
        }
        throw new IllegalArgumentException("an event cannot carry a " + target.getName());
    }

    private static boolean bool(JsonValue json) {
        return switch (json.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + json);
        };
    }

    private static boolean isTextual(Class<?> type) {
        return type == String.class || type == UUID.class || type == Instant.class || type == LocalDate.class
                || type == Duration.class || type == URI.class;
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || isTextual(type) || NUMBERS.contains(type) || type == Boolean.class;
    }

    /** A record of exactly one scalar component, such as an id: written as that scalar. */
    private static boolean isScalarWrapper(RecordComponent[] components) {
        return components.length == 1 && isScalar(components[0].getType());
    }

    /**
     * What reflection says about a record class, looked up once per class ({@code getRecordComponents}
     * and {@code getAccessor} copy their results on every call, and {@code Method.invoke} checks access
     * on every call until told not to). The arrays are never modified.
     */
    private record Shape(Class<?> type, RecordComponent[] components, Method[] accessors, boolean scalarWrapper) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                // the accessors are public; this only spares the access check on every call
                accessors[i].setAccessible(true);
            }
            return new Shape(type, components, accessors, isScalarWrapper(components));
        }

        Object component(int index, Record record) {
            try {
                return accessors[index].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + components[index].getName() + " of " + type.getName(), e);
            }
        }
    }
}
