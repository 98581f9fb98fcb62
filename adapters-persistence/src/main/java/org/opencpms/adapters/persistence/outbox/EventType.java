package org.opencpms.adapters.persistence.outbox;

import java.util.Objects;
import org.opencpms.domain.shared.DomainEvent;

/**
 * What the outbox stores for one kind of domain event: its stable name (chosen by us, never a Java
 * class name, so that the event record may move or be renamed), the version of its payload format,
 * and the record it is read into.
 *
 * @param name    {@code <context>.<what-happened>}, lower case words joined by hyphens, e.g. {@code panel.expert-invited}
 * @param version the payload format; bumped when the record's components change in a way old payloads do not fit
 * @param type    the event record
 */
record EventType(String name, int version, Class<? extends DomainEvent> type) {

    EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*") || version < 1) {
            throw new IllegalArgumentException("not a stable event type: " + name + " v" + version);
        }
    }
}
