package org.opencpms.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.StoredFormats;
import org.opencpms.domain.shared.DomainEvent;

/** Every event the outbox may store has a stable name, and the payloads of every format stored so far read back. */
class EventTypesTest {

    private static final Map<Class<?>, DomainEvent> SAMPLES = StoredEventSamples.all().stream()
            .collect(Collectors.toMap(Object::getClass, Function.identity()));

    @Test
    void every_domain_event_record_has_a_stable_name() {
        var events = new ClassFileImporter().importPackages("org.opencpms.domain").stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && c.isRecord())
                .map(JavaClass::reflect).toList();

        assertThat(events).hasSizeGreaterThan(40);
        assertThat(EventTypes.ALL.stream().<Class<?>>map(EventType::type).toList()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void stable_names_are_unique() {
        assertThat(EventTypes.ALL).extracting(EventType::name).doesNotHaveDuplicates();
    }

    @Test
    void every_event_type_has_a_stored_payload_of_its_current_format() {
        assertThat(StoredFormats.in("outbox").keySet())
                .containsAll(EventTypes.ALL.stream().map(t -> t.name() + ".v" + t.version()).toList());
    }

    @Test
    void every_stored_payload_reads_back_as_the_event_it_was_written_from() {
        StoredFormats.in("outbox").forEach((file, payload) -> {
            EventType type = EventTypes.named(file.substring(0, file.lastIndexOf(".v")));
            int version = Integer.parseInt(file.substring(file.lastIndexOf(".v") + 2));

            assertThat(EventJson.decode(type, version, payload)).as(file).isEqualTo(SAMPLES.get(type.type()));
        });
    }

    @Test
    void an_event_without_a_stable_name_or_a_name_no_event_has_is_refused() {
        assertThatThrownBy(() -> EventTypes.of(new UnnamedEvent(Instant.EPOCH))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no stable name for the event UnnamedEvent");
        assertThatThrownBy(() -> EventTypes.named("org.opencpms.domain.panel.CommentPosted"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown event type org.opencpms.domain.panel.CommentPosted");
    }
}
