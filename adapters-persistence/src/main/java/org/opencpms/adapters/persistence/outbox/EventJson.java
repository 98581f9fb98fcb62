package org.opencpms.adapters.persistence.outbox;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainException;

/**
 * The payload of an outbox row, through the platform's JSON binding (JSON-B).
 *
 * <p>Format (version 1 of every {@link EventType}): an object of the record's components by name;
 * value records of one component (ids, countries, links) are that component ({@link ScalarValue});
 * instants, dates and durations ISO-8601 strings; enums their name; sets and lists arrays; an absent
 * value is {@code null}. Reading calls the record's canonical constructor, so its validation runs
 * again; a validation failure surfaces as the record's own {@link DomainException}, any other misfit as {@link IllegalArgumentException}.
 */
final class EventJson {

    /** Thread-safe and costly to build: one for the whole application. */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withAdapters(ScalarValue.ALL));

    private EventJson() {
    }

    static String encode(DomainEvent event) {
        return JSONB.toJson(event);
    }

    /** @throws IllegalArgumentException if the payload is not of the type's current format */
    static DomainEvent decode(EventType type, int version, String payload) {
        if (version != type.version()) {
            throw new IllegalArgumentException(type.name() + " of format " + version + ", this build reads " + type.version());
        }
        try {
            return JSONB.fromJson(payload, type.type());
        } catch (JsonbException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException validation) {
                    throw validation;
                }
            }
            throw new IllegalArgumentException("unreadable " + type.name() + " payload", e);
        }
    }
}
